namespace Coproduce.Core.Credits;

/// <summary>
/// What a spend partner accepts credits for: a swim, a film, an event ticket. Each has a price per adult and per
/// under-16, an optional number of places a day, and any restrictions. An offer past its end date is no longer taken.
/// </summary>
public sealed class CreditOffer
{
    private CreditOffer()
    {
        Title = string.Empty;
    }

    internal CreditOffer(Guid id, Guid networkId, Guid partnerId, OfferDetails details, Guid createdById, DateTimeOffset createdAt)
        : this()
    {
        Id = id;
        NetworkId = networkId;
        PartnerId = partnerId;
        CreatedById = createdById;
        CreatedAt = createdAt;
        Change(details);
    }

    /// <summary>The offer's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The network whose credits it accepts.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>The partner organisation (the venue) that makes the offer.</summary>
    public Guid PartnerId { get; private set; }

    /// <summary>What it is, as the venue wrote it.</summary>
    public string Title { get; private set; }

    /// <summary>What it is in Welsh, when the venue gave it.</summary>
    public string? TitleWelsh { get; private set; }

    /// <summary>The credits for each adult.</summary>
    public int AdultPrice { get; private set; }

    /// <summary>The credits for each person under 16.</summary>
    public int ChildPrice { get; private set; }

    /// <summary>How many people a day may use it; none for no limit.</summary>
    public int? DailyPlaces { get; private set; }

    /// <summary>Any restrictions, e.g. "off-peak only".</summary>
    public string? Restrictions { get; private set; }

    /// <summary>The last day it is taken; none while it runs on.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Who set it up.</summary>
    public Guid CreatedById { get; private set; }

    /// <summary>When it was set up.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether it is taken on <paramref name="day"/>.</summary>
    public bool IsOpenOn(DateOnly day) => EndsOn is null || EndsOn >= day;

    /// <summary>The credits a party costs.</summary>
    public int PriceFor(int adults, int children) => (adults * AdultPrice) + (children * ChildPrice);

    /// <summary>The title in the reader's language: the Welsh one for a Welsh reader when there is one.</summary>
    public string TitleIn(People.Language language) => language == People.Language.Welsh && TitleWelsh is not null ? TitleWelsh : Title;

    private void Change(OfferDetails details)
    {
        Title = details.Title;
        TitleWelsh = details.TitleWelsh;
        AdultPrice = details.AdultPrice;
        ChildPrice = details.ChildPrice;
        DailyPlaces = details.DailyPlaces;
        Restrictions = details.Restrictions;
        EndsOn = details.EndsOn;
    }
}

/// <summary>An offer's checked details.</summary>
internal sealed record OfferDetails(string Title, string? TitleWelsh, int AdultPrice, int ChildPrice, int? DailyPlaces, string? Restrictions, DateOnly? EndsOn);
