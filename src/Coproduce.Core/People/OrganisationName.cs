namespace Coproduce.Core.People;

/// <summary>
/// One name an organisation goes by (English or Welsh, folded) in its area. The table's key is the area and the name,
/// so the database itself refuses a second organisation of that name there, whichever language either is in, even when
/// two site admins create them at the same moment on different app servers.
/// </summary>
internal sealed class OrganisationName
{
    private OrganisationName()
    {
        AreaKey = string.Empty;
        NameKey = string.Empty;
    }

    public OrganisationName(Guid organisationId, string areaKey, string nameKey)
    {
        OrganisationId = organisationId;
        AreaKey = areaKey;
        NameKey = nameKey;
    }

    /// <summary>Whose name it is.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The area, folded (see <see cref="OrganisationSearch.AreaKey"/>).</summary>
    public string AreaKey { get; private set; }

    /// <summary>The name, folded (see <see cref="OrganisationSearch.Key"/>).</summary>
    public string NameKey { get; private set; }
}
