using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>
/// Passkeys: sign in with the phone's or computer's screen lock instead of a password. Adding one needs JavaScript
/// (the browser's WebAuthn API); the page says so, and passwords keep working without it.
/// </summary>
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PasskeysModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, CurrentPerson current,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    /// <summary>The browser's answer to "create a passkey", as JSON, filled in by the page's script.</summary>
    [BindProperty]
    public string? Credential { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    /// <summary>What the browser needs to create a passkey for this person (called by the page's script).</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        if (await users.GetUserAsync(User) is not { } user || await current.GetAsync() is not { } person)
        {
            return Challenge();
        }

        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = await users.GetUserIdAsync(user),
            Name = user.Email ?? user.Id.ToString(),
            DisplayName = person.Profile.Name,
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        var attestation = string.IsNullOrEmpty(Credential) ? null : await signIn.PerformPasskeyAttestationAsync(Credential);
        if (attestation is not { Succeeded: true })
        {
            ModelState.AddModelError(string.Empty, text["Passkeys.Failed"]);
            return Page();
        }

        attestation.Passkey.Name = text["Passkeys.DefaultName", Passkeys.Count + 1];
        var saved = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!saved.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["Passkeys.Failed"]);
            return Page();
        }

        Done = "PasskeyAdded";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string credentialId)
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        var id = Decode(credentialId);
        if (id is null || Passkeys.All(p => !p.CredentialId.AsSpan().SequenceEqual(id)))
        {
            ModelState.AddModelError(string.Empty, text["Passkeys.Unknown"]);
            return Page();
        }

        await users.RemovePasskeyAsync(user, id);
        Done = "PasskeyRemoved";
        return RedirectToPage();
    }

    public static string Encode(byte[] credentialId) => WebEncoders.Base64UrlEncode(credentialId);

    private static byte[]? Decode(string? credentialId)
    {
        try
        {
            return string.IsNullOrEmpty(credentialId) ? null : WebEncoders.Base64UrlDecode(credentialId);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<UserAccount?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        Passkeys = user is null ? [] : [.. await users.GetPasskeysAsync(user)];
        return user;
    }
}
