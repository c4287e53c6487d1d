using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Identity;

/// <summary>Identity's messages (weak password, email taken, expired link) in the page's language.</summary>
internal sealed class WelshAwareIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = text["Identity.PasswordTooShort", length],
    };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars));

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));

    private IdentityError Error(string code) => new() { Code = code, Description = text["Identity." + code] };
}
