using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Account;

/// <summary>A recovery code, when the phone with the authenticator app is lost.</summary>
public sealed class SignInRecoveryCodeModel(SignInManager<UserAccount> signIn, SignInDestination destination,
    IStringLocalizer<SharedResource> text)
    : SecondStepModel(signIn, destination, text)
{
    private protected override string MissingMessage => "TwoFactor.RecoveryRequired";

    private protected override string WrongMessage => "Identity.RecoveryCodeRedemptionFailed";

    private protected override string? Tidy(string? typed)
    {
        var code = (typed ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        return code.Length == 0 ? null : code;
    }

    private protected override Task<SignInResult> SignInAsync(SignInManager<UserAccount> signIn, string code) =>
        signIn.TwoFactorRecoveryCodeSignInAsync(code);
}
