using Coproduce.Core.People;
using Coproduce.Core.Common;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>
/// An organisation admin ticks the roles someone holds there. The form carries the version of the roles it showed, so
/// if another admin changed them meanwhile, this one is shown the roles as they now are instead of overwriting them.
/// </summary>
[Authorize(Policy = AccessPolicies.AdminOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class RolesModel(PeopleService people, RoleService roles, CurrentPerson current) : PageModel
{
    /// <summary>The ticked roles, by name.</summary>
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    /// <summary>The version of the roles the form was drawn from.</summary>
    [BindProperty]
    public string Seen { get; set; } = string.Empty;

    public Organisation Organisation { get; private set; } = null!;

    public Person Person { get; private set; } = null!;

    /// <summary>The roles this kind of organisation has, and any the person holds from before.</summary>
    public IReadOnlyList<OrganisationRole> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, personId, cancellationToken) is not { } held)
        {
            return NotFound();
        }

        Show(held);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, personId, cancellationToken) is not { } held)
        {
            return NotFound();
        }

        // A name that is no role at all is refused like a role the organisation doesn't have.
        var wanted = Roles.Select(OrganisationRoles.FromName).ToList();
        var result = wanted.Contains(null)
            ? Result<RolesHeld>.Refused(new FieldError(nameof(Roles), "People.NoSuchRole"))
            : await roles.ChangeRolesAsync(current.Id!.Value, organisationId, personId, [.. wanted.Select(r => r!.Value)], Seen, cancellationToken);
        if (!result.Succeeded)
        {
            // Field errors go on the checkboxes; the rest (out of date, last admin) above the form.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field.Length == 0 ? string.Empty : nameof(Roles), error.Message(System.Globalization.CultureInfo.CurrentUICulture));
            }

            if (result.Errors.Any(e => e.Code == "People.RolesOutOfDate"))
            {
                Show(await roles.RolesOfAsync(organisationId, personId, cancellationToken) ?? held);
            }

            return Page();
        }

        TempData["Done"] = "Roles";
        return RedirectToPage("/Organisations/Member", new { organisationId, personId });
    }

    private void Show(RolesHeld held)
    {
        ModelState.Remove(nameof(Roles));
        ModelState.Remove(nameof(Seen));
        Roles = [.. held.Roles.Select(r => r.ToString())];
        Seen = held.Version;
        Choices = [.. Choices.Union(held.Roles).Order()];
    }

    private async Task<RolesHeld?> LoadAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        var member = organisation is null ? null : await people.FindMemberAsync(organisationId, personId, cancellationToken);
        var held = member is null ? null : await roles.RolesOfAsync(organisationId, personId, cancellationToken);
        if (organisation is null || member is null || held is null)
        {
            return null;
        }

        Organisation = organisation;
        Person = member.Person;
        Choices = [.. OrganisationRoles.AvailableIn(organisation.Kind).Union(held.Roles).Order()];
        return held;
    }
}
