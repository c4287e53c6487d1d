using Coproduce.Core.Common;

namespace Coproduce.Core.Ledger;

/// <summary>What <see cref="LedgerService.PostManyAsync"/> came to: every request posted (or found posted before), or none.</summary>
public sealed record PostManyResult : IOutcome
{
    private PostManyResult(IReadOnlyList<PostResult> results, int? refusedIndex, IReadOnlyList<FieldError> errors)
    {
        Results = results;
        RefusedIndex = refusedIndex;
        Errors = errors;
    }

    /// <summary>One per request, in the requests' order: posted, or a repeat of a transfer posted before. Empty on a refusal.</summary>
    public IReadOnlyList<PostResult> Results { get; }

    /// <summary>The position of the first request that was refused, if one was.</summary>
    public int? RefusedIndex { get; }

    /// <summary>Why that request was refused.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <inheritdoc />
    public bool Succeeded => RefusedIndex is null;

    internal static PostManyResult Posted(IReadOnlyList<PostResult> results) => new(results, null, []);

    internal static PostManyResult Refused(int index, IReadOnlyList<FieldError> errors) => new([], index, errors);
}
