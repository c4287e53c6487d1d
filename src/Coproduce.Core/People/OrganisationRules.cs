using Coproduce.Core.Common;

namespace Coproduce.Core.People;

/// <summary>What an organisation's details and a reason for suspending it look like; no database needed.</summary>
public static class OrganisationRules
{
    /// <summary>The longest organisation name, in either language.</summary>
    public const int MaximumNameLength = 150;

    /// <summary>The longest area: longer than any county or valley's name.</summary>
    public const int MaximumAreaLength = 100;

    /// <summary>The longest description, in either language.</summary>
    public const int MaximumDescriptionLength = 2000;

    /// <summary>The longest reason for suspending an organisation.</summary>
    public const int MaximumReasonLength = 1000;

    /// <summary>
    /// Checks the details and tidies them (trims spaces, turns blanks into "none"). Returns the tidy details, or every
    /// problem at once so a form can show them all. Whether a name is free in the area needs the database: the service
    /// checks that.
    /// </summary>
    public static Result<OrganisationDetails> Check(OrganisationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(details.Kind))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.Kind), "Organisation.KindRequired"));
        }

        if (!Enum.IsDefined(details.LeavingBalance))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.LeavingBalance), "Organisation.LeavingBalanceRequired"));
        }

        var name = TextRules.Required(nameof(OrganisationDetails.Name), details.Name, MaximumNameLength, "Organisation.NameRequired",
            "Organisation.NameTooLong", errors);
        var nameWelsh = Optional(nameof(OrganisationDetails.NameWelsh), details.NameWelsh, TextKind.SingleLine, MaximumNameLength,
            "Organisation.NameWelshTooLong", errors);
        var area = TextRules.Required(nameof(OrganisationDetails.Area), details.Area, MaximumAreaLength, "Organisation.AreaRequired",
            "Organisation.AreaTooLong", errors);

        var email = TextRules.TidyOptional(details.Email);
        if (TextRules.Check(nameof(OrganisationDetails.Email), email) is { } emailText)
        {
            errors.Add(emailText);
        }
        else if (email is not null && !PeopleRules.IsEmailAddress(email))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.Email), "Organisation.EmailInvalid"));
        }

        var phone = TextRules.TidyOptional(details.Phone);
        if (TextRules.Check(nameof(OrganisationDetails.Phone), phone) is { } phoneText)
        {
            errors.Add(phoneText);
        }
        else if (phone is not null && !PeopleRules.IsPhoneNumber(phone))
        {
            errors.Add(new FieldError(nameof(OrganisationDetails.Phone), "Organisation.PhoneInvalid"));
        }

        var address = Optional(nameof(OrganisationDetails.Address), details.Address, TextKind.MultiLine, PeopleRules.MaximumAddressLength,
            "Organisation.AddressTooLong", errors);
        var description = Optional(nameof(OrganisationDetails.Description), details.Description, TextKind.MultiLine,
            MaximumDescriptionLength, "Organisation.DescriptionTooLong", errors);
        var descriptionWelsh = Optional(nameof(OrganisationDetails.DescriptionWelsh), details.DescriptionWelsh, TextKind.MultiLine,
            MaximumDescriptionLength, "Organisation.DescriptionWelshTooLong", errors);

        return errors.Count > 0
            ? Result<OrganisationDetails>.Refused(errors)
            : Result<OrganisationDetails>.Success(new OrganisationDetails(details.Kind, name!, nameWelsh, area!, email, phone, address,
                description, descriptionWelsh, details.LeavingBalance));
    }

    /// <summary>Checks a reason for suspending an organisation and trims it; it is required, and may run to several lines.</summary>
    public static Result<string> CheckReason(string? reason) =>
        CheckReason(reason, MaximumReasonLength, "Organisation.ReasonRequired", "Organisation.ReasonTooLong");

    /// <summary>Checks a required reason of several lines (for suspending, for ending a membership) and trims it.</summary>
    internal static Result<string> CheckReason(string? reason, int maximumLength, string requiredCode, string tooLongCode)
    {
        var errors = new List<FieldError>();
        var tidy = TextRules.Required("Reason", reason, maximumLength, requiredCode, tooLongCode, errors, TextKind.MultiLine);
        return errors.Count > 0 ? Result<string>.Refused(errors) : Result<string>.Success(tidy!);
    }

    private static string? Optional(string field, string? text, TextKind kind, int maximumLength, string tooLongCode, List<FieldError> errors)
    {
        var tidy = TextRules.TidyOptional(text);
        if (TextRules.Check(field, tidy, kind) is { } textError)
        {
            errors.Add(textError);
        }
        else if (tidy?.Length > maximumLength)
        {
            errors.Add(new FieldError(field, tooLongCode, maximumLength));
        }
        else
        {
            return tidy;
        }

        return null;
    }
}
