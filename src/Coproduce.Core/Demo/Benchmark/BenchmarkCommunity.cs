using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// Makes a community big enough to measure the service against (`coproduce seed`): a valleys timebank and a time-credit
/// network with their partner venues, tens of thousands of members, and two years of transfers between them, on top
/// of the demo community, whose coordinator and admin run the big organisations too. Every person and organisation is
/// demo data. Made the same way every time (a fixed seed), so runs compare.
/// </summary>
/// <remarks>
/// Writes go through units of work in batches (ordinary batching, as a ledger import does): a thousand transfers or a
/// couple of thousand members an act. Accounts are opened and transfers posted only through <see cref="LedgerService"/>
/// (transfers with its bulk post, which keeps the single post's rules).
/// </remarks>
public sealed class BenchmarkCommunity
{
    /// <summary>The big timebank's name: its presence means the benchmark community is there.</summary>
    public const string TimebankName = "Taff Valleys Timebank";

    /// <summary>The sign-in of the first founder, a member of both big organisations since the first day (the demo password).</summary>
    public const string FounderEmail = "founder.member@coproduce.test";

    /// <summary>The time-credit network's name.</summary>
    public const string NetworkName = "Valleys Time Credits";

    private const int VenueCount = 3;

    // Every benchmark organisation works in one county borough, as a real network and its partners do.
    private const string Area = "Rhondda Cynon Taf";

    // Siân coordinates and Gareth runs both big organisations; Megan is a member of the timebank.
    private const int DemoRoles = 5;

    private const int MembersPerAct = 2_000;
    private const int TransfersPerAct = 1_000;

    // Fixed, so that two benchmark databases of one size hold the same community.
    private const int RandomSeed = 2026;

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly UnitsOfWork units;
    private readonly LedgerService ledger;
    private readonly DemoCommunity demo;
    private readonly ReplayClock clock;

    internal BenchmarkCommunity(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger,
        DemoCommunity demo, ReplayClock clock)
    {
        this.contexts = contexts;
        this.units = units;
        this.ledger = ledger;
        this.demo = demo;
        this.clock = clock;
    }

    /// <summary>
    /// Seeds the demo community first if the database is empty, then the benchmark community. Refuses, changing nothing,
    /// a database with anything that is not demo data, and one that has the benchmark community already.
    /// </summary>
    public async Task<BenchmarkSeedResult> SeedAsync(BenchmarkCommunitySize size, IProgress<string> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Members, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(size.Transfers);
        clock.ReturnToPresent();
        var say = new SeedProgress(progress);
        var demoSeeded = await demo.SeedIfEmptyAsync(cancellationToken);
        if (demoSeeded)
        {
            say.Say("The database was empty: seeded the demo community first.");
        }

        var (refusal, demoPeople) = await CheckDatabaseAsync(cancellationToken);
        if (refusal is not null)
        {
            return BenchmarkSeedResult.Refused(refusal.Value);
        }

        // Two years up to a few minutes ago: the ledger refuses what happens in the future.
        var end = clock.GetUtcNow().AddMinutes(-10);
        var start = end.AddYears(-2);
        var random = new Random(RandomSeed);
        try
        {
            var members = new MemberGenerator(random, start, end.AddDays(-1)).Generate(size.Members);
            var organisations = await AddOrganisationsAsync(demoPeople!, start, cancellationToken);
            say.Say($"Added the organisations: {TimebankName}, {NetworkName} and its partners.");
            var accounts = await AddMembersAsync(members, organisations, say, cancellationToken);
            var planner = new TransferPlanner(random, members, accounts, organisations);
            var posted = await PostTransfersAsync(planner.Plan(size.Transfers, start, end), size.Transfers, organisations.TimebankId, say, cancellationToken);
            // A random of their own, so the community and its transfers stay as they were before posts were seeded.
            var posts = await AddPostsAsync(new BenchmarkPosts(new Random(RandomSeed + 1), end).For(members, organisations), say, cancellationToken);
            say.Say($"Added {posts:N0} offers and requests to {TimebankName}.");
            var applicants = members.Count(m => m.IsApplicant);
            var active = members.Where(m => !m.IsApplicant).Sum(m => (m.InTimebank ? 1 : 0) + (m.InNetwork ? 1 : 0));
            return BenchmarkSeedResult.Seeded(new BenchmarkSeedReport(demoSeeded, Organisations: 2 + VenueCount,
                People: members.Count, Logins: members.Count(m => m.HasLogin), ActiveMemberships: active + DemoRoles,
                RequestedMemberships: applicants, Accounts: accounts.Count(a => a is not null) + 2 + VenueCount, Transfers: posted));
        }
        finally
        {
            clock.ReturnToPresent();
        }
    }

    private sealed record DemoPeople(Guid Sian, Guid Gareth, Guid Megan);

    private async Task<(BenchmarkSeedRefusal? Refusal, DemoPeople? People)> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.People.AnyAsync(p => !p.IsDemo, cancellationToken) || await db.Organisations.AnyAsync(o => !o.IsDemo, cancellationToken))
        {
            return (BenchmarkSeedRefusal.RealInstallation, null);
        }

        if (await db.Organisations.AnyAsync(o => o.Name == TimebankName, cancellationToken))
        {
            return (BenchmarkSeedRefusal.AlreadySeeded, null);
        }

        var emails = DemoCommunity.SignIns.Where(s => s.Role is not null).ToDictionary(s => s.Role!.Value, s => s.Email);
        var wanted = new[] { emails[OrganisationRole.Coordinator], emails[OrganisationRole.OrganisationAdmin], emails[OrganisationRole.Member] };
        var found = await db.People.Where(p => p.IsDemo && wanted.Contains(p.Profile.Email!))
            .ToDictionaryAsync(p => p.Profile.Email!, p => p.Id, cancellationToken);
        return found.Count == wanted.Length
            ? (null, new DemoPeople(found[wanted[0]], found[wanted[1]], found[wanted[2]]))
            : (BenchmarkSeedRefusal.DemoSignInsMissing, null);
    }

    private async Task<BenchmarkOrganisations> AddOrganisationsAsync(DemoPeople demoPeople, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var result = await units.RunAsync(async (work, token) =>
        {
            clock.MoveTo(start);
            var timebank = BenchmarkRows.AddOrganisation(work, start, new OrganisationDetails(OrganisationKind.Timebank, TimebankName,
                "Banc Amser Cymoedd Taf", Area,
                Description: "Neighbours across the Rhondda, Cynon and Taff valleys give an hour and receive an hour: lifts, shopping, gardening, company.",
                DescriptionWelsh: "Mae cymdogion ar draws cymoedd Rhondda, Cynon a Thaf yn rhoi awr ac yn cael awr: lifftiau, siopa, garddio, cwmni."));
            var network = BenchmarkRows.AddOrganisation(work, start, new OrganisationDetails(OrganisationKind.TimeCreditNetwork, NetworkName,
                "Credydau Amser y Cymoedd", Area,
                Description: "Volunteers earn a time credit for each hour they give to a community group, and spend it with our partners.",
                DescriptionWelsh: "Mae gwirfoddolwyr yn ennill credyd amser am bob awr maen nhw'n ei rhoi i grŵp cymunedol, ac yn ei wario gyda'n partneriaid."));
            foreach (var organisation in new[] { timebank, network })
            {
                BenchmarkRows.AddActiveRole(work, demoPeople.Gareth, organisation.Id, OrganisationRole.OrganisationAdmin, demoPeople.Gareth, start);
                BenchmarkRows.AddActiveRole(work, demoPeople.Sian, organisation.Id, OrganisationRole.Coordinator, demoPeople.Gareth, start);
            }

            BenchmarkRows.AddActiveRole(work, demoPeople.Megan, timebank.Id, OrganisationRole.Member, demoPeople.Sian, start);

            var timebankPot = (await ledger.CommunityPotAsync(work, timebank.Id, TimebankName + " community pot", token)).Id;
            var networkPot = await OpenAsync(work, AccountOwnerKind.Organisation, NetworkName + " credits issued", network.Id, minimum: null, token);
            var venues = new List<BenchmarkVenue>(VenueCount);
            foreach (var (name, welsh, spends) in Venues)
            {
                var venue = BenchmarkRows.AddOrganisation(work, start, new OrganisationDetails(OrganisationKind.PartnerVenue, name, welsh, Area,
                    Description: "A partner of " + NetworkName + ": accepts time credits.",
                    DescriptionWelsh: "Partner i Gredydau Amser y Cymoedd: yn derbyn credydau amser."));
                venues.Add(new BenchmarkVenue(await OpenAsync(work, AccountOwnerKind.Organisation, name, venue.Id, minimum: 0, token), spends));
            }

            return Result<BenchmarkOrganisations>.Success(new BenchmarkOrganisations(timebank.Id, network.Id, timebankPot, networkPot, venues,
                demoPeople.Sian, demoPeople.Gareth));
        }, cancellationToken);
        return result.Value ?? throw new InvalidOperationException("The benchmark's organisations were refused: " + string.Join("; ", result.Errors));
    }

    private static readonly (string Name, string Welsh, string[] Spends)[] Venues =
    [
        ("Taff Vale Leisure Centre", "Canolfan Hamdden Dyffryn Taf", ["A swim at Taff Vale Leisure Centre", "A gym session", "An aqua-fit class"]),
        ("Cynon Valley Community Cinema", "Sinema Gymunedol Cwm Cynon", ["Cinema ticket", "Two cinema tickets for the matinee"]),
        ("Rhondda Mining Museum", "Amgueddfa Lofaol y Rhondda", ["Underground tour", "Family entry to the museum"]),
    ];

    /// <summary>Opens an account held at <paramref name="heldAtId"/>, or at its owner when that is an organisation.</summary>
    private async Task<Guid> OpenAsync(UnitOfWork work, AccountOwnerKind kind, string name, Guid ownerId, long? minimum, CancellationToken cancellationToken,
        Guid? heldAtId = null)
    {
        var opened = await ledger.OpenAccountAsync(work, new OpenAccountRequest(kind, name, ownerId, minimum,
            HeldAtOrganisationId: heldAtId ?? (kind == AccountOwnerKind.Organisation ? ownerId : null)), cancellationToken);
        return opened.Value?.Id ?? throw new InvalidOperationException($"The account '{name}' was refused: {string.Join("; ", opened.Errors)}");
    }

    /// <summary>Adds the members in batches, each with its memberships and (unless still waiting) an account; returns the accounts in members' order.</summary>
    private async Task<IReadOnlyList<Guid?>> AddMembersAsync(IReadOnlyList<BenchmarkMember> members, BenchmarkOrganisations organisations,
        SeedProgress say, CancellationToken cancellationToken)
    {
        var (timebankId, networkId) = (organisations.TimebankId, organisations.NetworkId);
        var rows = new BenchmarkRows();
        var accounts = new List<Guid?>(members.Count);
        say.BeginStage();
        foreach (var batch in members.Chunk(MembersPerAct))
        {
            var result = await units.RunAsync(async (work, token) =>
            {
                var opened = new List<Guid?>(batch.Length);
                foreach (var member in batch)
                {
                    clock.MoveTo(member.JoinedAt);
                    var coordinator = organisations.CoordinatorId;
                    BenchmarkRows.AddPerson(work, member, member.HasLogin ? null : coordinator);
                    if (member.HasLogin)
                    {
                        rows.AddLogin(work, member);
                    }

                    if (member.IsApplicant)
                    {
                        BenchmarkRows.AddRequest(work, member.Id, member.InTimebank ? timebankId : networkId, coordinator, member.JoinedAt);
                        opened.Add(null);
                        continue;
                    }

                    foreach (var organisationId in new[] { member.InTimebank ? timebankId : (Guid?)null, member.InNetwork ? networkId : null })
                    {
                        if (organisationId is { } id)
                        {
                            BenchmarkRows.AddActiveRole(work, member.Id, id, OrganisationRole.Member, coordinator, member.JoinedAt);
                        }
                    }

                    opened.Add(await OpenAsync(work, AccountOwnerKind.Member, member.Profile.Name, member.Id, minimum: 0, token,
                        heldAtId: member.InTimebank ? timebankId : networkId));
                }

                return Result<List<Guid?>>.Success(opened);
            }, cancellationToken);
            accounts.AddRange(result.Value!);
            say.Done("Members", accounts.Count, members.Count);
        }

        return accounts;
    }

    /// <summary>Adds the offers and requests, a couple of thousand an act.</summary>
    private async Task<int> AddPostsAsync(IEnumerable<TimebankPost> posts, SeedProgress say, CancellationToken cancellationToken)
    {
        var added = 0;
        say.BeginStage();
        foreach (var batch in posts.Chunk(MembersPerAct))
        {
            await units.RunAsync(async (work, token) =>
            {
                work.Db.TimebankPosts.AddRange(batch);
                work.Db.TimebankPostWords.AddRange(batch.SelectMany(PostWord.Of));
                await work.Db.SaveChangesAsync(token);
                return Result<int>.Success(batch.Length);
            }, cancellationToken);
            added += batch.Length;
            say.Done("Posts", added, added);
        }

        return added;
    }

    /// <summary>
    /// Posts the planned transfers through the ledger's bulk post, a thousand an act: one at a time it would take the
    /// best part of an hour for a million. A refusal is a bug in the planner, so it stops the seed.
    /// </summary>
    private async Task<int> PostTransfersAsync(IEnumerable<PlannedTransfer> plan, int total, Guid timebankId, SeedProgress say,
        CancellationToken cancellationToken)
    {
        var posted = 0;
        say.BeginStage();
        foreach (var batch in plan.Chunk(TransfersPerAct))
        {
            var requests = batch.Select(p => p.Request).ToList();
            var result = await units.RunAsync(async (work, token) =>
            {
                // The act is recorded when its last transfer was typed up; each keeps the time it happened.
                clock.MoveTo(batch[^1].RecordedAt);
                var posted = await ledger.PostManyAsync(work, requests, token);
                if (posted.Succeeded)
                {
                    // Each exchange's own row, confirmed, beside its transfer: what the timebank's pages list.
                    for (var i = 0; i < batch.Length; i++)
                    {
                        if (batch[i].Exchange is { } exchange)
                        {
                            work.Db.TimebankExchanges.Add(exchange.Confirmed(timebankId, requests[i], batch[i].RecordedAt, posted.Results[i].Transfer!.Id));
                        }
                    }

                    await work.Db.SaveChangesAsync(token);
                }

                return posted;
            }, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The ledger refused the planned transfer {requests[result.RefusedIndex!.Value].IdempotencyKey}, "
                    + "which the planner should never ask for: " + string.Join("; ", result.Errors));
            }

            posted += batch.Length;
            say.Done("Transfers", posted, total);
        }

        return posted;
    }
}
