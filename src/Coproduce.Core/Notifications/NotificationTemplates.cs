using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.People;

namespace Coproduce.Core.Notifications;

/// <summary>
/// Writes a <see cref="NotificationTemplate"/> in English or Welsh, from the sending capability's own
/// <c>Resources/*Notifications.resx</c> (<c>People/Resources/PeopleNotifications.resx</c>).
/// </summary>
public static class NotificationTemplates
{
    /// <summary>Every capability's templates, so tests can check that each has its keys in both languages.</summary>
    public static ResourceCatalogue Catalogue { get; } = new(typeof(NotificationTemplates).Assembly, "Notifications");

    /// <summary>The language code stored with a message: <c>cy</c> for any Welsh culture, otherwise <c>en</c>.</summary>
    public static string LanguageCode(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return LanguageCultures.FromCulture(language).Code();
    }

    /// <summary>
    /// The subject and body of <paramref name="template"/> in <paramref name="language"/> (Welsh for any Welsh culture,
    /// English for every other), with its placeholders filled from <paramref name="arguments"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer arguments than the template needs: a programming error caught by tests.</exception>
    public static RenderedNotification Render(NotificationTemplate template, CultureInfo language, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        // Formatting follows the language too, e.g. grouping in counts, but never a culture we don't write in.
        var culture = LanguageCultures.FromCulture(language).Culture();
        var formatted = arguments.Select(a => a is IFormattable formattable ? formattable.ToString(null, culture) : a).ToArray();
        try
        {
            return new RenderedNotification(
                string.Format(culture, Text(template, "Subject", culture), formatted),
                string.Format(culture, Text(template, "Body", culture), formatted));
        }
        catch (FormatException exception)
        {
            throw new ArgumentException($"Template {template} needs more than {arguments.Length} arguments.", nameof(arguments), exception);
        }
    }

    private static string Text(NotificationTemplate template, string part, CultureInfo culture) =>
        Catalogue.Find($"{template}.{part}", culture)
        ?? throw new InvalidOperationException($"No {part} for template {template} in {culture.Name}.");
}

/// <summary>A message written out in one language, ready for the outbox.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
public sealed record RenderedNotification(string Subject, string Body);
