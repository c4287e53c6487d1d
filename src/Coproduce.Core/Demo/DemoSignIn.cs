using Coproduce.Core.People;

namespace Coproduce.Core.Demo;

/// <summary>A demo person to sign in as, to see the service as one role sees it.</summary>
/// <param name="Role">The role they show; null for the site admin.</param>
/// <param name="Name">Their name.</param>
/// <param name="Email">Their sign-in email.</param>
public sealed record DemoSignIn(OrganisationRole? Role, string Name, string Email);
