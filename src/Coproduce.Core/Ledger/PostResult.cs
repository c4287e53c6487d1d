using Coproduce.Core.Common;

namespace Coproduce.Core.Ledger;

/// <summary>What happened to a post: the transfer (new, or the first one with the same key), or why it was refused.</summary>
public sealed record PostResult : IOutcome
{
    private PostResult(Transfer? transfer, bool alreadyPosted, IReadOnlyList<FieldError> errors)
    {
        Transfer = transfer;
        AlreadyPosted = alreadyPosted;
        Errors = errors;
    }

    /// <summary>The transfer; when <see cref="AlreadyPosted"/>, the one first posted with this key.</summary>
    public Transfer? Transfer { get; }

    /// <summary>True when the key had been posted before, so nothing moved this time.</summary>
    public bool AlreadyPosted { get; }

    /// <summary>Why the post was refused; a refused post changed nothing.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Whether the transfer stands in the ledger.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Transfer))]
    public bool Succeeded => Transfer is not null;

    internal static PostResult Posted(Transfer transfer) => new(transfer, false, []);

    internal static PostResult Repeated(Transfer transfer) => new(transfer, true, []);

    internal static PostResult Refused(params FieldError[] errors) => new(null, false, errors);

    internal static PostResult Refused(IReadOnlyList<FieldError> errors) => new(null, false, errors);
}
