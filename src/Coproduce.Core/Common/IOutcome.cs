namespace Coproduce.Core.Common;

/// <summary>
/// What a service call came to. A unit of work commits only an outcome that <see cref="Succeeded"/>; a refusal rolls
/// everything in it back, so a refusal never changes anything.
/// </summary>
public interface IOutcome
{
    /// <summary>Whether the call did what was asked.</summary>
    bool Succeeded { get; }
}
