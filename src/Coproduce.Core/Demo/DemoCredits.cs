using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Credits;

namespace Coproduce.Core.Demo;

/// <summary>Who the demo's time credits are about: the network and its venue, who runs and coordinates them, and its members (Megan first).</summary>
public sealed record DemoCreditsCast(Guid Network, Guid Venue, Guid Admin, Guid Coordinator, IReadOnlyList<Guid> Members);

/// <summary>
/// The demo's time credits, made through the services as people would make them: the leisure centre joins the network
/// and takes credits for a swim and the gym; Siân takes two registers; members spend and give; a batch of printed
/// notes is issued and one is handed in. The leisure centre's shared counter opens with <see cref="CounterPasscode"/>.
/// </summary>
public sealed class DemoCredits(CreditPartnerService partners, CreditActivityService activities, CreditSpendingService spending,
    CreditNoteService notes, TimeProvider clock)
{
    /// <summary>The demo leisure centre's counter passcode; shown in the README, as the demo sign-ins are.</summary>
    public const string CounterPasscode = "garw-counter-demo";

    /// <summary>Seeds the demo's credits; every step must succeed.</summary>
    public async Task SeedAsync(DemoCreditsCast cast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cast);
        var (megan, glyn, dilys, huw) = (cast.Members[0], cast.Members[1], cast.Members[2], cast.Members[3]);
        Check(await partners.AddAsync(cast.Admin, cast.Network, cast.Venue, earns: false, accepts: true, cancellationToken), "the leisure centre");
        Check(await partners.SetCounterPasscodeAsync(cast.Admin, cast.Venue, CounterPasscode, cancellationToken), "the counter passcode");

        var garden = Check(await activities.CreateAsync(cast.Coordinator, cast.Network,
            new ActivityInput(null, "Community garden volunteering", "Gwirfoddoli yn yr ardd gymunedol", "2", "Over 16s"), cancellationToken), "the garden");
        var library = Check(await activities.CreateAsync(cast.Coordinator, cast.Network,
            new ActivityInput(null, "Library helpers", "Helpwyr y llyfrgell", "1", null), cancellationToken), "the library");
        Check(await activities.AwardAsync(cast.Coordinator, garden.Id, new AwardInput(Day(10), [megan, glyn, huw]), cancellationToken), "the garden's register");
        Check(await activities.AwardAsync(cast.Coordinator, library.Id, new AwardInput(Day(3), [megan, dilys, glyn]), cancellationToken), "the library's register");

        var swim = Check(await spending.CreateOfferAsync(cast.Coordinator, cast.Network, cast.Venue,
            new OfferInput("A swim", "Nofio", "2", "1", "40", "Off-peak: weekdays before 4pm", null), cancellationToken), "the swim");
        Check(await spending.CreateOfferAsync(cast.Coordinator, cast.Network, cast.Venue,
            new OfferInput("Gym session", "Sesiwn yn y gampfa", "2", "2", null, "Over 16s", null), cancellationToken), "the gym");
        // Glyn isn't online: Siân took his credits at the counter for a swim.
        Check(await spending.SpendAsync(CounterActor.Person(cast.Coordinator), swim.Id, new SpendInput(null, "1", null, glyn), cancellationToken), "Glyn's swim");
        Check(await spending.GiveAsync(huw, cast.Network, new GiftInput(huw, CodeOf(await spending.CardAsync(dilys, cast.Network, cancellationToken)), null, "1",
            "Diolch am y gacen"), cancellationToken), "Huw's gift");

        var batch = Check(await notes.IssueAsync(cast.Coordinator, cast.Network, new NoteBatchInput("8", "1", WithPins: true), cancellationToken), "the notes");
        var first = (await notes.SheetAsync(cast.Network, batch.Id, cancellationToken))![0];
        Check(await notes.RedeemAsync(CounterActor.Counter(cast.Venue), cast.Venue, first.Token, first.Pin, cancellationToken), "a note");
    }

    private string Day(int daysAgo) => UkTime.Today(clock).AddDays(-daysAgo).ToString("yyyy-M-d", CultureInfo.InvariantCulture);

    private static string CodeOf(Result<MemberCard> card) => Check(card, "a member's card").Code;

    private static T Check<T>(Result<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"The demo's {what} was refused: {string.Join("; ", result.Errors)}");
}
