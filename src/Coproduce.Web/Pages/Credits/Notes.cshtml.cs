using Coproduce.Core.Common;
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

/// <summary>Printed credit notes: issue a batch (then print its sheet), see what is still in circulation, and cancel a lost note by its serial.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NotesModel(PeopleService people, CreditNoteService notes, CurrentPerson current) : PageModel
{
    [BindProperty]
    public NotesForm Input { get; set; } = new();

    [TempData]
    public string? Cancelled { get; set; }

    public CreditsContext Network { get; private set; } = null!;

    public IReadOnlyList<BatchView> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var issued = await notes.IssueAsync(Network.Me, organisationId, new NoteBatchInput(Input.Count, Input.CreditsEach, Input.WithPins), cancellationToken);
        return Finish(issued.Errors, () => RedirectToPage("/Credits/Sheet", new { organisationId, batchId = issued.Value!.Id }));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var cancelled = await notes.CancelAsync(Network.Me, organisationId, Input.Serial, Input.Reason, cancellationToken);
        return Finish(cancelled.Errors, () =>
        {
            Cancelled = CreditCodes.Grouped(cancelled.Value!.Serial);
            return RedirectToPage(new { organisationId });
        });
    }

    private IActionResult Finish(IReadOnlyList<FieldError> errors, Func<IActionResult> done)
    {
        if (errors.Count == 0)
        {
            return done();
        }

        ModelState.AddFieldErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network)
        {
            return false;
        }

        Network = network;
        Batches = await notes.BatchesAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class NotesForm
    {
        public string? Count { get; set; } = "10";

        public string? CreditsEach { get; set; } = "1";

        public bool WithPins { get; set; }

        public string? Serial { get; set; }

        public string? Reason { get; set; }
    }
}
