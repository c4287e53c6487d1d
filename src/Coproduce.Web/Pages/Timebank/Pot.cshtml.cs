using Coproduce.Core.Common;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The community pot: a member gives hours to it; a coordinator grants hours from it, with a reason.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PotModel(PeopleService people, CommunityPotService pot, ExchangeService exchanges, CurrentPerson current) : PageModel
{
    [BindProperty]
    public PotInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public Balance InPot { get; private set; }

    public Balance Mine { get; private set; }

    /// <summary>The pot's account, for coordinators' link to its statement; none before the first gift.</summary>
    public Guid? PotAccount { get; private set; }

    /// <summary>For a coordinator: the members hours can be granted to.</summary>
    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGiveAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var given = await pot.GiveAsync(Timebank.Me, organisationId, Timebank.Me, Input.Hours, Input.Note, cancellationToken);
        return Finish(given.Succeeded, given.Errors, "Given", organisationId);
    }

    public async Task<IActionResult> OnPostGrantAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var member = Guid.TryParse(Input.Member, out var chosen) ? chosen : Guid.Empty;
        var granted = await pot.GrantAsync(Timebank.Me, organisationId, member, Input.GrantHours, Input.Reason, cancellationToken);
        // The grant form names its own hours box, so an error lands beside the box it is about.
        return Finish(granted.Succeeded, [.. granted.Errors.Select(e => e.Field == "Hours" ? e with { Field = nameof(PotInput.GrantHours) } : e)],
            "Granted", organisationId);
    }

    private IActionResult Finish(bool succeeded, IReadOnlyList<FieldError> errors, string done, Guid organisationId)
    {
        if (!succeeded)
        {
            ModelState.AddFieldErrors(errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        InPot = await pot.BalanceAsync(organisationId, cancellationToken);
        Mine = await exchanges.BalanceAsync(timebank.Me, organisationId, cancellationToken);
        if (timebank.Coordinates)
        {
            Members = await exchanges.MembersAsync(organisationId, cancellationToken);
            PotAccount = await pot.AccountIdAsync(organisationId, cancellationToken);
        }

        return true;
    }

    public sealed class PotInput
    {
        public string? Hours { get; set; }

        public string? Note { get; set; }

        public string? Member { get; set; }

        public string? GrantHours { get; set; }

        public string? Reason { get; set; }
    }
}
