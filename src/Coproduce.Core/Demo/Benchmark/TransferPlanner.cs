using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Ledger;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>A transfer to post, and when the ledger should record it.</summary>
internal sealed record PlannedTransfer(TransferRequest Request, DateTimeOffset RecordedAt, PlannedExchange? Exchange = null);

/// <summary>The timebank exchange a planned transfer settles: who gave, who was helped, who recorded it.</summary>
internal sealed record PlannedExchange(Guid GiverId, Guid ReceiverId, Guid RecordedById)
{
    /// <summary>The exchange's row, confirmed as it was recorded (by a coordinator) or by the helper (when the one helped recorded it).</summary>
    public Timebank.Exchange Confirmed(Guid timebankId, TransferRequest request, DateTimeOffset recordedAt, Guid transferId)
    {
        var occurredAt = request.OccurredAt ?? recordedAt;
        var exchange = new Timebank.Exchange(Guid.CreateVersion7(recordedAt), timebankId, GiverId, ReceiverId, request.Amount,
            DateOnly.FromDateTime(UkTime.ToUk(occurredAt).DateTime), request.Description, RecordedById, recordedAt);
        exchange.Confirm(RecordedById == ReceiverId ? GiverId : RecordedById, recordedAt, transferId);
        return exchange;
    }
}

/// <summary>
/// Plans the benchmark's transfers in the order they happen over the two years: exchanges between timebank members,
/// awards from the network's (and now and then the timebank's) pot, and spends at partner venues. It keeps every
/// member's balance as it goes and only asks for what the ledger will allow (members can't spend what they haven't
/// earned), so a refusal from the ledger means a bug, not bad luck. Only members who had joined by then take part.
/// </summary>
internal sealed class TransferPlanner
{
    /// <summary>Keys start with this, so the seed's transfers are recognisable (and no real key can collide).</summary>
    public const string KeyPrefix = "benchmark-seed-";

    // How hard to look for someone with enough credits before giving up and awarding credits instead.
    private const int TriesForAPayer = 8;

    private readonly Random random;
    private readonly IReadOnlyList<BenchmarkMember> members;
    private readonly IReadOnlyList<Guid?> accounts;
    private readonly BenchmarkOrganisations organisations;
    private readonly long[] balances;
    private readonly int[] timebank;
    private readonly int[] network;

    public TransferPlanner(Random random, IReadOnlyList<BenchmarkMember> members, IReadOnlyList<Guid?> accounts, BenchmarkOrganisations organisations)
    {
        this.random = random;
        this.members = members;
        this.accounts = accounts;
        this.organisations = organisations;
        balances = new long[members.Count];
        // In joining order, as members are; applicants have no account and take no part.
        timebank = [.. Enumerable.Range(0, members.Count).Where(i => members[i].InTimebank && accounts[i] is not null)];
        network = [.. Enumerable.Range(0, members.Count).Where(i => members[i].InNetwork && accounts[i] is not null)];
    }

    public IEnumerable<PlannedTransfer> Plan(int count, DateTimeOffset start, DateTimeOffset end)
    {
        var span = (end - start).Ticks;
        for (var i = 0; i < count; i++)
        {
            // Evenly through the period in order (recorded times must rise with the ledger's running numbers), each
            // typed up a little after it happened, never before the first day.
            var recordedAt = start.AddTicks((long)((i + random.NextDouble()) / count * span));
            var occurredAt = recordedAt.AddMinutes(-random.Next(0, 3 * 24 * 60));
            occurredAt = occurredAt < start ? start : occurredAt;
            var key = KeyPrefix + i.ToString("D8", CultureInfo.InvariantCulture);
            var (request, exchange) = random.NextDouble() switch
            {
                < 0.55 => Exchange(key, occurredAt),
                < 0.85 => (null, null),
                _ => (Spend(key, occurredAt), null),
            };
            yield return new PlannedTransfer(request ?? Award(key, occurredAt), recordedAt, exchange);
        }
    }

    // The person helped pays the helper, an hour for an hour, in quarter hours.
    private (TransferRequest? Request, PlannedExchange? Exchange) Exchange(string key, DateTimeOffset at)
    {
        var joined = JoinedBy(timebank, at);
        if (joined < 2)
        {
            return (null, null);
        }

        var minutes = 15 * random.Next(2, 17);
        if (FindPayer(timebank, joined, minutes) is not { } helped)
        {
            return (null, null);
        }

        int helper;
        do
        {
            helper = timebank[random.Next(joined)];
        }
        while (helper == helped);

        Move(helped, helper, minutes);
        return (Request(key, at, accounts[helped]!.Value, accounts[helper]!.Value, minutes, TransferKind.Exchange,
                TransferStories.Exchange(random, members[helper].FirstName, members[helped].FirstName), RecorderFor(helped), members[helped]),
            new PlannedExchange(members[helper].Id, members[helped].Id, RecorderFor(helped)));
    }

    // A volunteer's hours for the network; now and then the timebank's pot thanks a member instead.
    private TransferRequest Award(string key, DateTimeOffset at)
    {
        var fromTimebank = random.NextDouble() < 0.2 && JoinedBy(timebank, at) > 0;
        var among = fromTimebank ? timebank : network;
        var joined = JoinedBy(among, at);
        if (joined == 0)
        {
            (fromTimebank, among) = (true, timebank);
            joined = JoinedBy(among, at);
        }

        var member = among[random.Next(joined)];
        var minutes = 60 * random.Next(1, 4);
        balances[member] += minutes;
        return fromTimebank
            ? Request(key, at, organisations.TimebankPot, accounts[member]!.Value, minutes, TransferKind.Award,
                TransferStories.TimebankAward(random), organisations.CoordinatorId, members[member])
            : Request(key, at, organisations.NetworkPot, accounts[member]!.Value, minutes, TransferKind.Award,
                TransferStories.Award(random), random.NextDouble() < 0.8 ? organisations.CoordinatorId : organisations.AdminId, members[member]);
    }

    // Time credits are spent in whole hours at a partner: a swim, a film.
    private TransferRequest? Spend(string key, DateTimeOffset at)
    {
        var joined = JoinedBy(network, at);
        var minutes = 60 * random.Next(1, 3);
        if (joined == 0 || FindPayer(network, joined, minutes) is not { } member)
        {
            return null;
        }

        var venue = organisations.Venues[random.Next(organisations.Venues.Count)];
        balances[member] -= minutes;
        return Request(key, at, accounts[member]!.Value, venue.AccountId, minutes, TransferKind.Spend,
            venue.Spends[random.Next(venue.Spends.Count)], RecorderFor(member), members[member]);
    }

    private int? FindPayer(int[] among, int joined, int minutes)
    {
        for (var attempt = 0; attempt < TriesForAPayer; attempt++)
        {
            var candidate = among[random.Next(joined)];
            if (balances[candidate] >= minutes)
            {
                return candidate;
            }
        }

        return null;
    }

    private void Move(int from, int to, int minutes)
    {
        balances[from] -= minutes;
        balances[to] += minutes;
    }

    // Members with a login record their own; a coordinator records for the rest.
    private Guid RecorderFor(int member) => members[member].HasLogin ? members[member].Id : organisations.CoordinatorId;

    /// <summary>How many of <paramref name="among"/> (in joining order) had joined by <paramref name="at"/>.</summary>
    private int JoinedBy(int[] among, DateTimeOffset at)
    {
        int low = 0, high = among.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (members[among[middle]].JoinedAt <= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static TransferRequest Request(string key, DateTimeOffset at, Guid from, Guid to, int minutes, TransferKind kind,
        string description, Guid recordedBy, BenchmarkMember member) => new()
        {
            FromAccountId = from,
            ToAccountId = to,
            Amount = Hours.FromMinutes(minutes),
            Kind = kind,
            Description = description,
            IdempotencyKey = key,
            RecordedById = recordedBy,
            OnBehalfOfId = recordedBy == member.Id ? null : member.Id,
            OccurredAt = at,
        };
}
