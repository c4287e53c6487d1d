using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Credits;

/// <summary>The network's partners, what each does and holds, and (for its admin) a form to add another.</summary>
[Authorize(Policy = AccessPolicies.AdminOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PartnersModel(PeopleService people, OrganisationService organisations, CreditPartnerService partners, CurrentPerson current) : PageModel
{
    [BindProperty]
    public PartnerForm Input { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public CreditsContext Network { get; private set; } = null!;

    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    /// <summary>The organisations that could join: every one but the network and its partners.</summary>
    public IReadOnlyList<Organisation> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var chosen = Guid.TryParse(Input.Organisation, out var id) ? id : Guid.Empty;
        var added = await partners.AddAsync(Network.Me, organisationId, chosen, Input.Does.Contains("Earns"), Input.Does.Contains("Accepts"), cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddFieldErrors(added.Errors.Select(e => e.Field == "Earns" ? e with { Field = nameof(PartnerForm.Does) } : e));
            return Page();
        }

        Added = Candidates.FirstOrDefault(o => o.Id == chosen)?.NameIn(LanguageCultures.Current);
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return false;
        }

        Network = network;
        Partners = await partners.PartnersAsync(organisationId, cancellationToken);
        var taken = Partners.Select(p => p.Partner.OrganisationId).Append(organisationId).ToHashSet();
        Candidates = [.. (await organisations.ChoicesAsync(LanguageCultures.Current, cancellationToken)).Where(o => !taken.Contains(o.Id))];
        return true;
    }

    public sealed class PartnerForm
    {
        public string? Organisation { get; set; }

        /// <summary>"Earns", "Accepts", or both.</summary>
        public List<string> Does { get; set; } = [];
    }
}
