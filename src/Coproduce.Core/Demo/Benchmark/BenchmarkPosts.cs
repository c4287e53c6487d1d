using Coproduce.Core.Common;
using Coproduce.Core.Timebank;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// The big timebank's offers and requests: about one member in five has one, most still up, some ended a while ago
/// (the lists must pass over those), each in a seeded kind of help, in a valleys town, as members word them.
/// </summary>
internal sealed class BenchmarkPosts(Random random, DateTimeOffset now)
{
    private const double ShareWithAPost = 0.2;

    // (kind of help, an offer, a request), by the seeded categories' ids.
    private static readonly (string Category, string Offer, string Request)[] Wordings =
    [
        ("5b1c2a10-0000-4000-8000-000000000001", "Help in your garden: weeding, mowing, cutting back", "Someone to help tidy my garden"),
        ("5b1c2a10-0000-4000-8000-000000000002", "A cup of tea and a chat once a week", "Company on a Sunday afternoon"),
        ("5b1c2a10-0000-4000-8000-000000000003", "Lifts to the surgery and the shops", "A lift to hospital appointments"),
        ("5b1c2a10-0000-4000-8000-000000000004", "Small repairs: shelves, taps, flat-pack", "Help putting up curtain rails"),
        ("5b1c2a10-0000-4000-8000-000000000005", "Setting up phones, tablets and video calls", "Help with my new phone and online banking"),
        ("5b1c2a10-0000-4000-8000-000000000006", "Batch cooking and meals for the freezer", "A hot meal now and then while I recover"),
        ("5b1c2a10-0000-4000-8000-000000000007", "Picking up shopping and prescriptions", "Someone to collect my prescriptions"),
        ("5b1c2a10-0000-4000-8000-000000000008", "Help with letters, forms and phone calls", "Help filling in a benefits form"),
        ("5b1c2a10-0000-4000-8000-000000000009", "Babysitting in the evenings", "An hour of childcare after school"),
        ("5b1c2a10-0000-4000-8000-00000000000a", "Dog walking and feeding pets", "Someone to walk my dog while I am in hospital"),
        ("5b1c2a10-0000-4000-8000-00000000000b", "Sewing, alterations and knitting", "Taking up a pair of trousers"),
        ("5b1c2a10-0000-4000-8000-00000000000c", "Welsh conversation practice", "Learning to play the ukulele"),
    ];

    private static readonly string[] Availabilities = ["Weekday mornings", "Evenings after six", "Weekends", "Thursday afternoons", "Most days"];

    /// <summary>The posts of the timebank's members, decided in members' order so each run makes the same ones.</summary>
    public IEnumerable<TimebankPost> For(IReadOnlyList<BenchmarkMember> members, BenchmarkOrganisations organisations)
    {
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        foreach (var member in members)
        {
            if (!member.InTimebank || member.IsApplicant || random.NextDouble() >= ShareWithAPost)
            {
                continue;
            }

            var (category, offer, request) = Wordings[random.Next(Wordings.Length)];
            var kind = random.NextDouble() < 0.6 ? PostKind.Offer : PostKind.Request;
            // Most end in the coming weeks; a quarter ended up to two months ago.
            var endsOn = today.AddDays(random.Next(-60, 180));
            var createdAt = Later(now.AddDays(-Math.Min(PostService.MaximumDaysUp, 120 + random.Next(60))), member.JoinedAt);
            var town = CommunityWords.Towns[random.Next(CommunityWords.Towns.Length)].Town;
            var details = new PostDetailsChecked(new Guid(category), kind == PostKind.Offer ? offer : request,
                "Ring or message me and we can sort out a time.", town, Availabilities[random.Next(Availabilities.Length)], endsOn);
            var recordedBy = member.HasLogin ? member.Id : organisations.CoordinatorId;
            yield return new TimebankPost(Guid.CreateVersion7(createdAt), organisations.TimebankId, member.Id, recordedBy, kind, details, createdAt);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset one, DateTimeOffset other) => one > other ? one : other;
}
