using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Components;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Credits;

/// <summary>
/// A batch's notes laid out to print on A4, eight to a sheet: each with its credits, serial, QR code, security code
/// and PIN. The QR code carries the serial and security code, as a counter's scanner types them into the note box.
/// </summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class SheetModel(PeopleService people, CreditNoteService notes, CurrentPerson current) : PageModel
{
    public CreditsContext Network { get; private set; } = null!;

    public IReadOnlyList<(PrintedNote Note, string Image)> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid batchId, CancellationToken cancellationToken)
    {
        if (await CreditsContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } network
            || await notes.SheetAsync(organisationId, batchId, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }

        Network = network;
        Notes = [.. sheet.Select(n => (n, QrCodes.DataUri(n.Token, 3)))];
        return Page();
    }
}
