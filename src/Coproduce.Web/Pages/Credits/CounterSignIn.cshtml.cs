using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Credits;

/// <summary>Signs a venue's shared counter in with the venue's passcode: no personal account, and only this venue's counter.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class CounterSignInModel(PeopleService people, CreditPartnerService partners, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Passcode { get; set; }

    public Organisation Venue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        if (!await partners.OpensCounterAsync(organisationId, Passcode, cancellationToken)
            || await partners.CounterStampAsync(organisationId, cancellationToken) is not { } stamp)
        {
            ModelState.AddModelError(nameof(Passcode), text[string.IsNullOrWhiteSpace(Passcode) ? "CounterSignIn.PasscodeRequired" : "CounterSignIn.WrongPasscode"]);
            return Page();
        }

        await HttpContext.SignInAsync(CounterSignIn.Scheme, CounterSignIn.For(organisationId, Venue.Name, stamp),
            new AuthenticationProperties { IsPersistent = false });
        return RedirectToPage("/Credits/Counter", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if ((await partners.AcceptingAtAsync(organisationId, cancellationToken)).Count == 0
            || await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } venue)
        {
            return false;
        }

        Venue = venue;
        return true;
    }
}
