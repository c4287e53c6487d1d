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

/// <summary>One offer or request: a member answers it here; its author (or a coordinator) renews or withdraws it; matches both ways.</summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PostModel(PeopleService people, PostService posts, MemberPreferencesService preferences, MemberSkillService skills, CurrentPerson current,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public RespondInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public PostView View { get; private set; } = null!;

    public IReadOnlyList<PostView> Matches { get; private set; } = [];

    /// <summary>
    /// For its author or a coordinator, members whose skills say they can give what a request asks (or would like what
    /// an offer gives), posted or not.
    /// </summary>
    public IReadOnlyList<TimebankMember> Suggested { get; private set; } = [];

    public bool IsUp { get; private set; }

    /// <summary>The author, or a coordinator: they renew and withdraw it.</summary>
    public bool MayChange { get; private set; }

    public bool MayRespond { get; private set; }

    /// <summary>The author's balance, where the viewer may see it: the author chose to show it, or the viewer coordinates.</summary>
    public Coproduce.Core.Ledger.Balance? AuthorBalance { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid postId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, postId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRespondAsync(Guid organisationId, Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, postId, cancellationToken))
        {
            return NotFound();
        }

        var result = await posts.RespondAsync(Timebank.Me, postId, Input.Message, cancellationToken);
        return Finish(result.Succeeded, result.Errors, "Responded", organisationId, postId);
    }

    public async Task<IActionResult> OnPostRenewAsync(Guid organisationId, Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, postId, cancellationToken))
        {
            return NotFound();
        }

        var result = await posts.RenewAsync(Timebank.Me, postId, cancellationToken);
        return Finish(result.Succeeded, result.Errors, "Renewed", organisationId, postId);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid organisationId, Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, postId, cancellationToken))
        {
            return NotFound();
        }

        var result = await posts.WithdrawAsync(Timebank.Me, postId, cancellationToken);
        return Finish(result.Succeeded, result.Errors, "Withdrawn", organisationId, postId);
    }

    private IActionResult Finish(bool succeeded, IReadOnlyList<FieldError> errors, string done, Guid organisationId, Guid postId)
    {
        if (!succeeded)
        {
            ModelState.AddFieldErrors(errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId, postId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid postId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank
            || await posts.FindAsync(timebank.Me, postId, cancellationToken) is not { } view
            || view.Post.OrganisationId != organisationId)
        {
            return false;
        }

        (Timebank, View) = (timebank, view);
        var open = !timebank.Organisation.IsSuspended;
        IsUp = view.Post.IsUpOn(UkTime.Today(clock));
        MayChange = open && (view.Post.AuthorId == timebank.Me || timebank.Coordinates);
        MayRespond = open && IsUp && timebank.IsMember && view.Post.AuthorId != timebank.Me;
        Matches = await posts.MatchesForAsync(view.Post, cancellationToken);
        if (MayChange && IsUp)
        {
            var wanted = view.Post.Kind == PostKind.Request ? PostKind.Offer : PostKind.Request;
            Suggested = await skills.MembersWhoAsync(organisationId, view.Post.CategoryId, wanted, view.Post.AuthorId, cancellationToken);
        }
        AuthorBalance = await preferences.BalanceShownToAsync(timebank.Me, view.Post.AuthorId, organisationId, cancellationToken);
        return true;
    }

    public sealed class RespondInput
    {
        public string? Message { get; set; }
    }
}
