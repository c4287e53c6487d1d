using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>
/// One organisation as a site admin sees it: every detail with a way to change it, its status, what admins did, and for
/// a commissioning body, the organisations it commissions.
/// </summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class DetailsModel(PeopleService people, OrganisationService organisations, CommissioningService commissioning, CurrentPerson current)
    : PageModel
{
    /// <summary>The organisation to link a commissioning body to.</summary>
    [BindProperty]
    public Guid? CommissionedId { get; set; }

    /// <summary>For a commissioning body: what it commissions.</summary>
    public IReadOnlyList<Organisation> Commissioned { get; private set; } = [];

    /// <summary>For a commissioning body: the organisations it could be linked to.</summary>
    public IReadOnlyList<Organisation> Choices { get; private set; } = [];

    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<OrganisationHistoryLine> History { get; private set; } = [];

    /// <summary>What was just done: Created, Updated, Suspended or Reopened.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostLinkAsync(Guid organisationId, CancellationToken cancellationToken) =>
        ChangeCommissionAsync(organisationId, "Linked", CommissionedId is { } id
            ? commissioning.LinkAsync(current.Id!.Value, organisationId, id, cancellationToken)
            : Task.FromResult(Result<Commission>.Refused(new FieldError(nameof(CommissionedId), "Commission.ChooseOrganisation"))), cancellationToken);

    public Task<IActionResult> OnPostUnlinkAsync(Guid organisationId, Guid commissionedId, CancellationToken cancellationToken) =>
        ChangeCommissionAsync(organisationId, "Unlinked", commissioning.UnlinkAsync(current.Id!.Value, organisationId, commissionedId, cancellationToken),
            cancellationToken);

    private async Task<IActionResult> ChangeCommissionAsync(Guid organisationId, string done, Task<Result<Commission>> change,
        CancellationToken cancellationToken)
    {
        var changed = await change;
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                // The choice of organisation goes on the select; the rest above the page.
                ModelState.AddModelError(error.Field.Length == 0 ? string.Empty : nameof(CommissionedId),
                    error.Message(System.Globalization.CultureInfo.CurrentUICulture));
            }

            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return false;
        }

        Organisation = organisation;
        History = await organisations.HistoryAsync(organisationId, cancellationToken: cancellationToken);
        if (organisation.Kind == OrganisationKind.CommissioningBody)
        {
            Commissioned = await commissioning.CommissionedByAsync(organisationId, cancellationToken);
            var linked = Commissioned.Select(o => o.Id).ToHashSet();
            Choices = [.. (await organisations.ChoicesAsync(LanguageCultures.Current, cancellationToken))
                .Where(o => o.Kind != OrganisationKind.CommissioningBody && !linked.Contains(o.Id))];
        }

        return true;
    }
}
