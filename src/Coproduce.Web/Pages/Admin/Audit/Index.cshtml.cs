using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log, newest first, for everyone or for one person (?person=) or organisation (?organisation=), paged by
/// keyset (?before= / ?after= an entry's id). Values in the address are read by hand: one that is not an id, or names
/// no one, is set aside with a message saying so, and a cursor that is not an id starts from the newest.
/// </summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class IndexModel(AuditLog log, PeopleService people, OrganisationService organisations) : PageModel
{
    public const int PageSize = 50;

    public AuditLogPage Entries { get; private set; } = new([], false, false);

    /// <summary>The person the log is filtered to, when the address names one we know.</summary>
    public Person? Person { get; private set; }

    /// <summary>The organisation the log is filtered to, when the address names one we know.</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>The organisations to choose from.</summary>
    public IReadOnlyList<Organisation> Choices { get; private set; } = [];

    /// <summary>The address named a person that isn't one (not an id, or no one's).</summary>
    public bool BadPerson { get; private set; }

    /// <summary>The address named an organisation that isn't one.</summary>
    public bool BadOrganisation { get; private set; }

    /// <summary>Whether this is a page further back than the newest (a cursor was given).</summary>
    public bool FromCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var personId = IdFromQuery("person", out var badPerson);
        if (personId is { } p && await people.FindPersonAsync(p, cancellationToken) is { } person)
        {
            Person = person;
        }

        BadPerson = badPerson || (personId is not null && Person is null);

        var organisationId = IdFromQuery("organisation", out var badOrganisation);
        if (organisationId is { } o && await people.FindOrganisationAsync(o, cancellationToken) is { } organisation)
        {
            Organisation = organisation;
        }

        BadOrganisation = badOrganisation || (organisationId is not null && Organisation is null);

        // A cursor that isn't an id is no place to start from: the newest page is.
        var before = IdFromQuery("before", out _);
        var after = before is null ? IdFromQuery("after", out _) : null;
        FromCursor = before is not null || after is not null;
        Entries = await log.PageAsync(new AuditLogFilter(Person?.Id, Organisation?.Id), before, after, PageSize, cancellationToken);
        Choices = await organisations.ChoicesAsync(LanguageCultures.Current, cancellationToken);
    }

    /// <summary>The address of this log with the same filters, from a cursor (or the newest, with none).</summary>
    public string PageUrl(string? cursor = null, Guid? at = null, bool keepPerson = true, bool keepOrganisation = true)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (keepPerson && Person is not null)
        {
            query.Add(new("person", Person.Id.ToString()));
        }

        if (keepOrganisation && Organisation is not null)
        {
            query.Add(new("organisation", Organisation.Id.ToString()));
        }

        if (cursor is not null && at is { } id)
        {
            query.Add(new(cursor, id.ToString()));
        }

        return Url.Page("/Admin/Audit/Index") + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>An id from the query string; none when absent or blank, and <paramref name="bad"/> when it isn't an id.</summary>
    private Guid? IdFromQuery(string name, out bool bad)
    {
        var text = Request.Query[name].ToString().Trim();
        bad = false;
        if (text.Length == 0)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        bad = true;
        return null;
    }
}
