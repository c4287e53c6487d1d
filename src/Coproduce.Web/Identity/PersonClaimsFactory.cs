using System.Security.Claims;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Coproduce.Web.Identity;

/// <summary>Puts the person's id in the sign-in cookie, so pages know who is acting without another lookup.</summary>
internal sealed class PersonClaimsFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    public const string PersonIdClaim = "coproduce:person";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PersonIdClaim, user.PersonId.ToString()));
        return identity;
    }
}
