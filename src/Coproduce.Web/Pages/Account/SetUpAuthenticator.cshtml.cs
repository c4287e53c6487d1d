using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>Turns on two-step sign-in: scan a QR code (or type the key), prove it with a code, keep the recovery codes.</summary>
public sealed class SetUpAuthenticatorModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    /// <summary>The shared key in groups of four, for people who type it rather than scan.</summary>
    public string SharedKey { get; private set; } = string.Empty;

    /// <summary>The otpauth URI as a PNG QR code in a data URI (the CSP allows data: images, not inline script).</summary>
    public string QrCodeImage { get; private set; } = string.Empty;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = new string((Input.Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var valid = code.Length == 6
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", text[code.Length == 6 ? "TwoFactor.CodeWrong" : "TwoFactor.CodeFormat"]);
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, enabled: true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(UserAccount user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        var email = Uri.EscapeDataString(user.Email ?? string.Empty);
        var uri = $"otpauth://totp/Coproduce:{email}?secret={key}&issuer=Coproduce&digits=6";
        QrCodeImage = Components.QrCodes.DataUri(uri);
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
