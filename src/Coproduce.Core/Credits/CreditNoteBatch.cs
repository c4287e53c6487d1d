namespace Coproduce.Core.Credits;

/// <summary>
/// A batch of printed credit notes a network issued in one act. Its key signs each note's security code and derives
/// its PIN, so neither is stored and a note can't be forged without it.
/// </summary>
public sealed class CreditNoteBatch
{
    private CreditNoteBatch()
    {
        SigningKey = [];
    }

    internal CreditNoteBatch(Guid id, Guid networkId, int count, int creditsEach, bool withPins, byte[] signingKey, Guid issuedById,
        DateTimeOffset issuedAt)
    {
        Id = id;
        NetworkId = networkId;
        Count = count;
        CreditsEach = creditsEach;
        WithPins = withPins;
        SigningKey = signingKey;
        IssuedById = issuedById;
        IssuedAt = issuedAt;
    }

    /// <summary>The batch's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The network that issued it.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>How many notes.</summary>
    public int Count { get; private set; }

    /// <summary>The credits on each note.</summary>
    public int CreditsEach { get; private set; }

    /// <summary>Each note needs its 4-digit PIN to be handed in.</summary>
    public bool WithPins { get; private set; }

    /// <summary>The secret that signs the batch's notes. Never shown.</summary>
    internal byte[] SigningKey { get; private set; }

    /// <summary>The coordinator who issued it.</summary>
    public Guid IssuedById { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; private set; }
}
