using Coproduce.Core.People;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// A made-up member, decided before anything is written, so that an act run again after a busy database makes the
/// same rows. Members are numbered in the order they joined.
/// </summary>
/// <param name="Id">The person's id.</param>
/// <param name="Profile">Name, language and contact details.</param>
/// <param name="JoinedAt">When they joined (or asked to).</param>
/// <param name="InTimebank">A member of the big timebank.</param>
/// <param name="InNetwork">A member of the time-credit network.</param>
/// <param name="IsApplicant">Asked to join and waits for a coordinator: no active membership and no account yet.</param>
/// <param name="HasLogin">Can sign in, with the demo password.</param>
internal sealed record BenchmarkMember(
    Guid Id,
    PersonProfile Profile,
    DateTimeOffset JoinedAt,
    bool InTimebank,
    bool InNetwork,
    bool IsApplicant,
    bool HasLogin)
{
    /// <summary>The name a neighbour would use in a description.</summary>
    public string FirstName => Profile.Name[..Profile.Name.IndexOf(' ', StringComparison.Ordinal)];
}
