using Microsoft.AspNetCore.Identity;

namespace Coproduce.Core.People;

/// <summary>How a person signs in: ASP.NET Core Identity's user, tied to exactly one <see cref="Person"/>.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    /// <summary>The person who signs in with this account.</summary>
    public Guid PersonId { get; set; }
}
