namespace Coproduce.Core.People;

/// <summary>
/// Someone in the community. Many members never sign in: a coordinator creates and looks after their record,
/// so a person exists without a login, and a <see cref="UserAccount"/> is only how some people sign in.
/// </summary>
public sealed class Person
{
    private Person()
    {
        Profile = PersonProfile.Empty;
        SortName = string.Empty;
        SearchText = string.Empty;
    }

    internal Person(Guid id, PersonProfile profile, DateTimeOffset createdAt, Guid? createdById, bool isDemo)
    {
        Id = id;
        Profile = profile;
        SortName = PersonSearch.SortName(profile);
        SearchText = PersonSearch.SearchText(profile);
        CreatedAt = createdAt;
        CreatedById = createdById;
        IsDemo = isDemo;
    }

    /// <summary>The person's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name, language, contact details, accessibility needs and consent.</summary>
    public PersonProfile Profile { get; private set; }

    /// <summary>When the record was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who made the record when it was not the person themselves (a coordinator, from a phone call or a paper form).</summary>
    public Guid? CreatedById { get; private set; }

    /// <summary>Runs the installation: sees the outbox, creates organisations.</summary>
    public bool IsSiteAdmin { get; private set; }

    /// <summary>Part of the demo community, not a real person.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The name folded for sorting lists the same way on every database (see <see cref="PersonSearch"/>).</summary>
    internal string SortName { get; private set; }

    /// <summary>The folded name, email, phone and address that member searches look in.</summary>
    internal string SearchText { get; private set; }

    /// <summary>Replaces the profile; the caller has checked the new one and records who changed it.</summary>
    internal void UpdateProfile(PersonProfile profile)
    {
        Profile = profile;
        RefreshSearch();
    }

    /// <summary>Recomputes the folded copies; also fills them in for people recorded before they existed.</summary>
    internal void RefreshSearch()
    {
        SortName = PersonSearch.SortName(Profile);
        SearchText = PersonSearch.SearchText(Profile);
    }

    /// <summary>Makes the person a site admin (done from the command line or the demo seed, never from a form).</summary>
    internal void MakeSiteAdmin() => IsSiteAdmin = true;

    /// <summary>Takes site admin away (from the command line); <see cref="SiteAdminService"/> keeps at least one.</summary>
    internal void RemoveSiteAdmin() => IsSiteAdmin = false;
}
