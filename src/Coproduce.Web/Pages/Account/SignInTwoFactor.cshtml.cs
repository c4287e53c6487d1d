using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>The 6-digit code from an authenticator app.</summary>
public sealed class SignInTwoFactorModel(SignInManager<UserAccount> signIn, SignInDestination destination,
    IStringLocalizer<SharedResource> text)
    : SecondStepModel(signIn, destination, text)
{
    private protected override string MissingMessage => "TwoFactor.CodeFormat";

    private protected override string WrongMessage => "TwoFactor.CodeWrong";

    // People type the code with spaces ("123 456") or paste it with a stray character.
    private protected override string? Tidy(string? typed)
    {
        var code = new string((typed ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return code.Length == 6 ? code : null;
    }

    private protected override Task<SignInResult> SignInAsync(SignInManager<UserAccount> signIn, string code) =>
        signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
}
