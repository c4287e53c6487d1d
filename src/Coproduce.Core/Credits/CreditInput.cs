using System.Globalization;
using Coproduce.Core.Common;

namespace Coproduce.Core.Credits;

/// <summary>Numbers and days as a form sends them, checked the same way on every page and in the API.</summary>
internal static class CreditInput
{
    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; none, with the reason added, otherwise.</summary>
    public static int? Whole(string field, string? text, int minimum, int maximum, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(field, "Credits.NumberRequired", minimum, maximum));
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            errors.Add(new FieldError(field, "Credits.WholeNumber", minimum, maximum));
            return null;
        }

        return number;
    }

    /// <summary>A whole number, or <paramref name="otherwise"/> when the answer was left blank.</summary>
    public static int? WholeOr(string field, string? text, int otherwise, int minimum, int maximum, List<FieldError> errors) =>
        string.IsNullOrWhiteSpace(text) ? otherwise : Whole(field, text, minimum, maximum, errors);

    /// <summary>A day written <c>yyyy-M-d</c> (the date input's three boxes joined); none, with the reason added, otherwise.</summary>
    public static DateOnly? Day(string field, string? text, string requiredCode, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(field, requiredCode));
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(new FieldError(field, "Credits.NotADate"));
            return null;
        }

        return day;
    }

    /// <summary>Optional text of at most <paramref name="maximumLength"/>, trimmed; none when blank.</summary>
    public static string? Optional(string field, string? text, int maximumLength, List<FieldError> errors, TextKind kind = TextKind.SingleLine)
    {
        var tidy = TextRules.TidyOptional(text);
        if (TextRules.Check(field, tidy, kind) is { } textError)
        {
            errors.Add(textError);
            return null;
        }

        if (tidy?.Length > maximumLength)
        {
            errors.Add(new FieldError(field, "Credits.TooLong", maximumLength));
            return null;
        }

        return tidy;
    }
}
