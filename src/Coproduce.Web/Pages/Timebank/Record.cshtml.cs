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
/// Records an exchange. A member records one they took part in, and the other side is asked to confirm it; a
/// coordinator records one between any two members (from a phone call or a paper slip) and it is confirmed at once.
/// </summary>
[Authorize(Policy = AccessPolicies.InOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class RecordModel(PeopleService people, ExchangeService exchanges, PostService posts, CurrentPerson current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public TimebankContext Timebank { get; private set; } = null!;

    /// <summary>The members to choose from: for a member, everyone but themselves.</summary>
    public IReadOnlyList<TimebankMember> Members { get; private set; } = [];

    public IReadOnlyList<SkillCategory> Categories { get; private set; } = [];

    /// <summary>The offer or request the exchange comes from, when the member followed its link.</summary>
    public PostView? FromPost { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, [FromQuery] Guid? postId, CancellationToken cancellationToken)
    {
        Input.PostId = postId?.ToString();
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Input.Date = DateParts.From(UkTime.Today(clock));
        if (FromPost is { Post: var post })
        {
            // From someone else's post, the other member is its author, and the time went the way the post says.
            Input.Category = post.CategoryId.ToString();
            if (post.AuthorId != Timebank.Me && !Timebank.Coordinates)
            {
                Input.Other = post.AuthorId.ToString();
                Input.Direction = post.Kind == PostKind.Offer ? "Received" : "Gave";
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var (giver, receiver, directionError) = Sides();
        var details = new ExchangeDetails(giver, receiver, Input.Hours, Input.DateText, Input.Description, RecordInput.OptionalIdOf(Input.Category),
            FromPost?.Post.Id);
        var result = await exchanges.RecordAsync(Timebank.Me, organisationId, details, cancellationToken);
        if (directionError is not null || !result.Succeeded)
        {
            var errors = directionError is null ? result.Errors : [directionError, .. result.Errors];
            ModelState.AddFieldErrors(errors.Select(ToFormField));
            return Page();
        }

        TempData["Done"] = result.Value!.Status == ExchangeStatus.Confirmed ? "Confirmed" : "Recorded";
        return RedirectToPage("/Timebank/Exchange", new { organisationId, exchangeId = result.Value.Id });
    }

    /// <summary>Who gave and who was helped, from whichever form this person was shown.</summary>
    private (Guid Giver, Guid Receiver, FieldError? DirectionError) Sides()
    {
        if (Timebank.Coordinates)
        {
            return (RecordInput.IdOf(Input.Giver), RecordInput.IdOf(Input.Receiver), null);
        }

        var other = RecordInput.IdOf(Input.Other);
        // Without a direction Core is still asked (as if they gave), so every other problem shows at once; nothing is recorded.
        var directionError = Input.Direction is "Gave" or "Received" ? null : new FieldError(nameof(RecordInput.Direction), "Timebank.DirectionRequired");
        return Input.Direction == "Received" ? (other, Timebank.Me, directionError) : (Timebank.Me, other, directionError);
    }

    /// <summary>Core names the giver and receiver; a member's form has one box for the other person, and one question for the way round.</summary>
    private FieldError ToFormField(FieldError error) => error.Field switch
    {
        nameof(ExchangeDetails.GiverId) when Timebank.Coordinates => error with { Field = nameof(RecordInput.Giver) },
        nameof(ExchangeDetails.ReceiverId) when Timebank.Coordinates => error with { Field = nameof(RecordInput.Receiver) },
        nameof(ExchangeDetails.GiverId) or nameof(ExchangeDetails.ReceiverId) when error.Code is "Timebank.GiverRequired" or "Timebank.ReceiverRequired" =>
            new FieldError(nameof(RecordInput.Other), "Timebank.OtherRequired"),
        nameof(ExchangeDetails.GiverId) or nameof(ExchangeDetails.ReceiverId) => error with { Field = nameof(RecordInput.Other) },
        nameof(ExchangeDetails.OccurredOn) => error with { Field = nameof(RecordInput.Date) },
        nameof(ExchangeDetails.CategoryId) => error with { Field = nameof(RecordInput.Category) },
        // The post came from its link, not a box: its problem is told at the top.
        nameof(ExchangeDetails.PostId) => error with { Field = string.Empty },
        _ => error,
    };

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return false;
        }

        Timebank = timebank;
        var members = await exchanges.MembersAsync(organisationId, cancellationToken);
        Members = timebank.Coordinates ? members : [.. members.Where(m => m.Id != timebank.Me)];
        Categories = await posts.CategoriesAsync(organisationId, cancellationToken);
        // A post that isn't this timebank's, or can't be seen, is no post at all: the exchange is recorded without one.
        FromPost = Guid.TryParse(Input.PostId, out var postId) && await posts.FindAsync(timebank.Me, postId, cancellationToken) is { } view
            && view.Post.OrganisationId == organisationId ? view : null;
        return true;
    }
}
