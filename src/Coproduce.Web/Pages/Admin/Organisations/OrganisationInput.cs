using Coproduce.Core.People;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>The organisation form as typed: every field is text, checked by Core, so nothing is lost to binding.</summary>
public sealed class OrganisationInput
{
    /// <summary>The kind's name, e.g. "Timebank".</summary>
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? NameWelsh { get; set; }

    public string? Area { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Description { get; set; }

    public string? DescriptionWelsh { get; set; }

    /// <summary>The leaving policy's name, e.g. "SettleFirst".</summary>
    public string? LeavingBalance { get; set; } = nameof(LeavingBalancePolicy.MoveToCommunityPot);

    public static OrganisationInput From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new OrganisationInput
        {
            Kind = organisation.Kind.ToString(),
            Name = organisation.Name,
            NameWelsh = organisation.NameWelsh,
            Area = organisation.Area,
            Email = organisation.Email,
            Phone = organisation.Phone,
            Address = organisation.Address,
            Description = organisation.Description,
            DescriptionWelsh = organisation.DescriptionWelsh,
            LeavingBalance = organisation.LeavingBalance.ToString(),
        };
    }

    /// <summary>The details for Core to check. A kind or policy nobody offered (a number, a made-up name) goes as none, which Core refuses.</summary>
    public OrganisationDetails ToDetails()
    {
        return new OrganisationDetails(Named<OrganisationKind>(Kind), Name ?? string.Empty, NameWelsh, Area ?? string.Empty, Email, Phone,
            Address, Description, DescriptionWelsh, Named<LeavingBalancePolicy>(LeavingBalance));
    }

    private static T Named<T>(string? name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(value => (T?)value).FirstOrDefault(value => string.Equals(value.ToString(), name, StringComparison.Ordinal))
        ?? (T)(object)(-1);
}
