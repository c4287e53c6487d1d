using Coproduce.Core.Common;
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

/// <summary>
/// A member's own choices in the timebank: who sees their balance, and whose records need no confirming. A coordinator
/// chooses a member (<c>?memberId=</c>) and makes their choices for them, as the member asked on the phone or on paper.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ChoicesModel(PeopleService people, ExchangeService exchanges, MemberPreferencesService preferences, CurrentPerson current) : PageModel
{
    /// <summary>"Members" to show the balance to every member, "Private" for only the member and the coordinators.</summary>
    [BindProperty]
    public string? BalanceShownTo { get; set; }

    /// <summary>The member chosen to trust, or to stop trusting.</summary>
    [BindProperty]
    public string? TrustedId { get; set; }

    /// <summary>The member a coordinator chose, from the address; none for the signed-in member's own choices.</summary>
    [BindProperty(SupportsGet = true)]
    public string? MemberId { get; set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>Whose choices the page shows; none while a coordinator who is no member has yet to choose.</summary>
    public TimebankMember? Member { get; private set; }

    public bool IsOwn => Member?.Id == Timebank.Me;

    /// <summary>For a coordinator: the members to choose from.</summary>
    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public TimebankContext Timebank { get; private set; } = null!;

    public MemberPreferencesView Choices { get; private set; } = new(false, [], []);

    /// <summary>Coordinators approve every exchange here, so trust skips nobody: the page says so.</summary>
    public bool CoordinatorsApprove { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBalanceAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken) || Member is null)
        {
            return NotFound();
        }

        if (BalanceShownTo is not ("Members" or "Private"))
        {
            return Finish([new FieldError(nameof(BalanceShownTo), "Timebank.ChooseWhoSees")], string.Empty, organisationId);
        }

        var result = await preferences.ShowBalanceAsync(Timebank.Me, Member.Id, organisationId, BalanceShownTo == "Members", cancellationToken);
        return Finish(result.Errors, "Balance", organisationId);
    }

    public async Task<IActionResult> OnPostTrustAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken) || Member is null)
        {
            return NotFound();
        }

        // Only someone offered in the list can be chosen: the list is who the member has exchanged with.
        if (!Guid.TryParse(TrustedId, out var trusted) || Choices.ExchangedWith.All(m => m.Id != trusted))
        {
            return Finish([new FieldError(nameof(TrustedId), "Timebank.ChooseSomeone")], string.Empty, organisationId);
        }

        var result = await preferences.TrustAsync(Timebank.Me, Member.Id, organisationId, trusted, cancellationToken);
        return Finish(result.Errors, "Trusted", organisationId);
    }

    public async Task<IActionResult> OnPostStopTrustingAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken) || Member is null)
        {
            return NotFound();
        }

        var result = Guid.TryParse(TrustedId, out var trusted)
            ? (await preferences.StopTrustingAsync(Timebank.Me, Member.Id, organisationId, trusted, cancellationToken)).Errors
            : [];
        return Finish(result, "StoppedTrusting", organisationId);
    }

    private IActionResult Finish(IReadOnlyList<FieldError> errors, string done, Guid organisationId)
    {
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId, memberId = IsOwn ? null : Member!.Id.ToString() });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        if (timebank.Coordinates)
        {
            Members = await exchanges.MembersAsync(organisationId, cancellationToken);
        }

        var (found, member) = await timebank.MemberActedForAsync(people, MemberId, cancellationToken);
        if (!found)
        {
            return false;
        }

        Member = member;

        if (Member is not null)
        {
            Choices = await preferences.PreferencesAsync(Member.Id, organisationId, cancellationToken);
            BalanceShownTo ??= Choices.ShowsBalance ? "Members" : "Private";
            CoordinatorsApprove = (await exchanges.SettingsOfAsync(organisationId, cancellationToken)).Confirmation == ConfirmationPolicy.CoordinatorApproves;
        }

        return true;
    }
}
