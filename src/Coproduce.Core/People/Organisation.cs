namespace Coproduce.Core.People;

/// <summary>
/// A timebank, time-credit network, partner venue, transport service, community group, practitioners' network or
/// commissioning body. Names and descriptions come in both languages where it gives both. A site admin creates it,
/// changes it, and may suspend it: then everything in it can be read but nothing in it changed.
/// </summary>
public sealed class Organisation
{
    private readonly List<OrganisationName> names = [];

    private Organisation()
    {
        Name = string.Empty;
        Area = string.Empty;
        SortName = string.Empty;
        SortNameWelsh = string.Empty;
        SearchText = string.Empty;
    }

    /// <summary>A new, active organisation with details <see cref="OrganisationRules.Check"/> accepted.</summary>
    internal Organisation(Guid id, OrganisationDetails details, DateTimeOffset createdAt, Guid? createdById, bool isDemo)
        : this()
    {
        Id = id;
        CreatedAt = createdAt;
        CreatedById = createdById;
        IsDemo = isDemo;
        Change(details);
    }

    /// <summary>The organisation's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Its name in English.</summary>
    public string Name { get; private set; }

    /// <summary>Its name in Welsh, if it has one.</summary>
    public string? NameWelsh { get; private set; }

    /// <summary>What sort of organisation it is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>Where it works ("Bridgend", "Denbighshire"); empty only for organisations made before areas were asked.</summary>
    public string Area { get; private set; }

    /// <summary>An email address to contact it at.</summary>
    public string? Email { get; private set; }

    /// <summary>A phone number to contact it on.</summary>
    public string? Phone { get; private set; }

    /// <summary>Its postal address.</summary>
    public string? Address { get; private set; }

    /// <summary>What it does, in English.</summary>
    public string? Description { get; private set; }

    /// <summary>What it does, in Welsh.</summary>
    public string? DescriptionWelsh { get; private set; }

    /// <summary>What happens to a leaver's balance here.</summary>
    public LeavingBalancePolicy LeavingBalance { get; private set; }

    /// <summary>When it joined the installation.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The site admin who created it; none for the demo's organisations and those made before this was kept.</summary>
    public Guid? CreatedById { get; private set; }

    /// <summary>Part of the demo community.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>Whether its people can act in it.</summary>
    public OrganisationStatus Status { get; private set; }

    /// <summary>Suspended: nothing in it can be changed until a site admin reopens it.</summary>
    public bool IsSuspended => Status == OrganisationStatus.Suspended;

    /// <summary>When it was suspended, while it is.</summary>
    public DateTimeOffset? SuspendedAt { get; private set; }

    /// <summary>The site admin who suspended it, while it is.</summary>
    public Guid? SuspendedById { get; private set; }

    /// <summary>Why it was suspended, as the site admin wrote it, while it is.</summary>
    public string? SuspensionReason { get; private set; }

    /// <summary>The English name folded, so lists sort the same way on every database.</summary>
    internal string SortName { get; private set; }

    /// <summary>The Welsh name (or the English, when it has none) folded, for lists on Welsh pages.</summary>
    internal string SortNameWelsh { get; private set; }

    /// <summary>Its names and area, folded, for the site admin's search (see <see cref="OrganisationSearch"/>).</summary>
    internal string SearchText { get; private set; }

    /// <summary>The names it goes by in its area, folded: the rows that keep one name to one organisation there.</summary>
    internal IReadOnlyCollection<OrganisationName> Names => names;

    /// <summary>The name to show in <paramref name="language"/>, falling back to English when there is no Welsh.</summary>
    public string NameIn(Language language) => language == Language.Welsh && !string.IsNullOrWhiteSpace(NameWelsh) ? NameWelsh : Name;

    /// <summary>The language <see cref="NameIn"/> is written in, so a page can mark an English name on a Welsh page.</summary>
    public Language LanguageOfNameIn(Language language) =>
        language == Language.Welsh && !string.IsNullOrWhiteSpace(NameWelsh) ? Language.Welsh : Language.English;

    /// <summary>The description to show in <paramref name="language"/>, falling back to English.</summary>
    public string? DescriptionIn(Language language) =>
        language == Language.Welsh && !string.IsNullOrWhiteSpace(DescriptionWelsh) ? DescriptionWelsh : Description;

    /// <summary>The language <see cref="DescriptionIn"/> is written in.</summary>
    public Language LanguageOfDescriptionIn(Language language) =>
        language == Language.Welsh && !string.IsNullOrWhiteSpace(DescriptionWelsh) ? Language.Welsh : Language.English;

    /// <summary>Replaces its details with ones <see cref="OrganisationRules.Check"/> accepted; the caller checked the names are free.</summary>
    internal void Change(OrganisationDetails details)
    {
        Kind = details.Kind;
        Name = details.Name;
        NameWelsh = details.NameWelsh;
        Area = details.Area;
        Email = details.Email;
        Phone = details.Phone;
        Address = details.Address;
        Description = details.Description;
        DescriptionWelsh = details.DescriptionWelsh;
        LeavingBalance = details.LeavingBalance;
        RefreshSearch(taken: null);
    }

    /// <summary>Stops its people acting in it.</summary>
    /// <exception cref="InvalidOperationException">It is already suspended: the service refuses that first.</exception>
    internal void Suspend(Guid byId, DateTimeOffset at, string reason)
    {
        if (IsSuspended)
        {
            throw new InvalidOperationException("The organisation is already suspended.");
        }

        Status = OrganisationStatus.Suspended;
        SuspendedAt = at;
        SuspendedById = byId;
        SuspensionReason = reason;
    }

    /// <summary>Lets its people act in it again; the audit keeps who suspended and reopened it, and when.</summary>
    /// <exception cref="InvalidOperationException">It is not suspended: the service refuses that first.</exception>
    internal void Reopen()
    {
        if (!IsSuspended)
        {
            throw new InvalidOperationException("The organisation is not suspended.");
        }

        Status = OrganisationStatus.Active;
        SuspendedAt = null;
        SuspendedById = null;
        SuspensionReason = null;
    }

    /// <summary>
    /// Recomputes the folded copies (sort keys, search text) and the names it holds in its area, keeping the rows that still apply and adding
    /// only new ones (so a name it keeps is never deleted and inserted again). <paramref name="taken"/> are names
    /// another organisation already holds there: only organisations made before the rule (filled in on start) can have
    /// one, and they simply don't hold it.
    /// </summary>
    internal void RefreshSearch(IReadOnlySet<string>? taken)
    {
        SortName = OrganisationSearch.Key(Name, OrganisationSearch.MaximumNameKeyLength);
        SortNameWelsh = OrganisationSearch.Key(NameWelsh ?? Name, OrganisationSearch.MaximumNameKeyLength);
        SearchText = OrganisationSearch.SearchText(Name, NameWelsh, Area);
        var areaKey = OrganisationSearch.AreaKey(Area);
        var wanted = OrganisationSearch.NameKeys(Name, NameWelsh).Where(key => taken?.Contains(key) != true).ToList();
        names.RemoveAll(n => n.AreaKey != areaKey || !wanted.Contains(n.NameKey));
        foreach (var key in wanted.Where(key => !names.Any(n => n.NameKey == key)))
        {
            names.Add(new OrganisationName(Id, areaKey, key));
        }
    }
}
