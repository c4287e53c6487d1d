using System.Globalization;
using System.Text;
using Coproduce.Core.People;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// Makes up the benchmark's members, the same ones every time (a fixed seed), so two benchmark runs compare like with
/// like. The shares are a guess at a real valleys timebank: a tenth founded it, most have no login and are recorded by
/// a coordinator, a fifth prefer Welsh, most give a phone number and a third an email address.
/// </summary>
internal sealed class MemberGenerator(Random random, DateTimeOffset start, DateTimeOffset end)
{
    /// <summary>
    /// At most this many get a login. Hashing passwords is slow on purpose, so all share the demo's one hash; a few
    /// hundred are enough for a web benchmark to sign in as many different members.
    /// </summary>
    public const int MaximumLogins = 200;

    private const string LoginDomain = "coproduce.test";

    public IReadOnlyList<BenchmarkMember> Generate(int count)
    {
        var founders = Math.Max(1, count / 10);
        // The most recent joiners are the ones still waiting: a coordinator's list of requests is last week's, not 2024's.
        var applicants = count / 50;
        // One member in a hundred signs in (up to the cap); the rest are recorded by a coordinator.
        var loginEvery = count / Math.Clamp(count / 100, 1, MaximumLogins);
        var joined = JoiningTimes(count, founders);
        var members = new List<BenchmarkMember>(count);
        var logins = 0;
        for (var index = 0; index < count; index++)
        {
            var isFounder = index < founders;
            var isApplicant = !isFounder && index >= count - applicants;
            var (inTimebank, inNetwork) = isFounder ? (true, true) : Organisations();
            var hasLogin = !isApplicant && index % loginEvery == 0 && logins < MaximumLogins;
            logins += hasLogin ? 1 : 0;
            var at = joined[index];
            members.Add(new BenchmarkMember(Guid.CreateVersion7(at), Profile(index, hasLogin), at, inTimebank, inNetwork, isApplicant, hasLogin));
        }

        return members;
    }

    // Founders joined on the first day; the rest over the two years, in order, so members[..n] joined first.
    private DateTimeOffset[] JoiningTimes(int count, int founders)
    {
        var span = (end - start).Ticks;
        var times = new DateTimeOffset[count];
        var later = new long[count - founders];
        for (var i = 0; i < later.Length; i++)
        {
            later[i] = (long)(random.NextDouble() * span);
        }

        Array.Sort(later);
        for (var i = 0; i < count; i++)
        {
            times[i] = i < founders ? start : start.AddTicks(later[i - founders]);
        }

        return times;
    }

    private (bool Timebank, bool Network) Organisations() => random.NextDouble() switch
    {
        < 0.45 => (true, false),
        < 0.80 => (false, true),
        _ => (true, true),
    };

    private PersonProfile Profile(int index, bool hasLogin)
    {
        var welsh = random.NextDouble() < 0.2;
        var first = Pick(random.NextDouble() < 0.55 ? CommunityWords.WelshFirstNames : CommunityWords.OtherFirstNames);
        var surname = Pick(CommunityWords.Surnames);
        var name = $"{first} {surname}";
        // The first founder signs in with an address the web benchmark knows, to measure a busy member's own pages.
        var email = hasLogin && index == 0 ? BenchmarkCommunity.FounderEmail
            : hasLogin
            ? string.Create(CultureInfo.InvariantCulture, $"{Ascii(first)}.{Ascii(surname)}.{index}@{LoginDomain}")
            : random.NextDouble() < 0.3
                ? string.Create(CultureInfo.InvariantCulture, $"{Ascii(first)}.{Ascii(surname)}{index}@example.{Pick(["org", "com", "net"])}")
                : null;
        var phone = random.NextDouble() < 0.85 ? Phone() : null;
        var (town, district) = Pick(CommunityWords.Towns);
        var address = random.NextDouble() < 0.9
            ? string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1, 120)} {Pick(CommunityWords.Streets)}, {town}, {district} {random.Next(1, 10)}{Letter()}{Letter()}")
            : null;
        var needs = random.NextDouble() < 0.08 ? Pick(CommunityWords.AccessibilityNeeds) : null;
        var consent = new ConsentChoices(email is not null, phone is not null, ShareStoryAsEvidence: random.NextDouble() < 0.6,
            AgreedOn: DateOnly.FromDateTime(start.UtcDateTime));
        return new PersonProfile(name, welsh ? Language.Welsh : Language.English, email, phone, address, needs, consent);
    }

    // Ofcom's numbers for drama (01632 960xxx, 029 2018 0xxx, 07700 900xxx): none of them rings a real person.
    private string Phone() => random.Next(3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"01632 960{random.Next(1000):D3}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"029 2018 0{random.Next(1000):D3}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"07700 900{random.Next(1000):D3}"),
    };

    private char Letter() => CommunityWords.InwardLetters[random.Next(CommunityWords.InwardLetters.Length)];

    private T Pick<T>(T[] choices) => choices[random.Next(choices.Length)];

    // Email addresses in plain letters: "O'Brien" becomes "obrien".
    private static string Ascii(string name)
    {
        var letters = name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray();
        return new string(letters).ToLowerInvariant();
    }
}
