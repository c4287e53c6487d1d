using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport.Planning;

/// <summary>
/// Planning an evening: a coordinator asks, the engine plans in the background on whichever app server claims the
/// evening first (<see cref="PlanNextAsync"/>, run by <see cref="EveningPlanningWorker"/>), writing its progress as
/// it goes, and the coordinator checks the runs and publishes them to the drivers.
/// </summary>
public sealed class EveningPlanning(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, EveningPlanner planner, TimeProvider clock)
{
    /// <summary>A plan still "planning" this long after it started was left by a server that stopped; another takes it up.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Asks for an evening to be planned, or planned again. Refused for anyone who doesn't coordinate the service, for
    /// an evening already over, and while the service has no booking rules. Asking again while the engine is on it
    /// starts it afresh, so a booking made meanwhile is planned too.
    /// </summary>
    public Task<Result<EveningPlan>> AskAsync(Guid actorId, Guid serviceId, DateOnly evening, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (await RefuseAsync(work, actorId, serviceId, token) is { } refused)
            {
                return Result<EveningPlan>.Refused(refused);
            }

            if (evening < UkTime.Today(clock))
            {
                return Result<EveningPlan>.Refused(new FieldError(string.Empty, "Transport.PlanPast"));
            }

            if (!await work.Db.TransportBookingRules.AnyAsync(r => r.ServiceId == serviceId, token))
            {
                return Result<EveningPlan>.Refused(new FieldError(string.Empty, "Transport.NoBookingRules"));
            }

            var now = clock.GetUtcNow();
            var plan = await work.Db.EveningPlans.SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.Evening == evening, token);
            if (plan is null)
            {
                plan = new EveningPlan(Guid.NewGuid(), serviceId, evening, actorId, now);
                work.Db.EveningPlans.Add(plan);
            }
            else
            {
                plan.Ask(actorId, now);
            }

            await work.Db.SaveChangesAsync(token);
            return Result<EveningPlan>.Success(plan);
        }, cancellationToken);

    /// <summary>
    /// Publishes the latest runs to their drivers and keeps each passenger's pickup window as told: planning again
    /// after this keeps to those windows. Refused unless the evening has been planned and not asked for again since.
    /// </summary>
    public Task<Result<EveningPlan>> PublishAsync(Guid actorId, Guid serviceId, DateOnly evening, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (await RefuseAsync(work, actorId, serviceId, token) is { } refused)
            {
                return Result<EveningPlan>.Refused(refused);
            }

            var db = work.Db;
            var plan = await db.EveningPlans.SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.Evening == evening, token);
            if (plan is not { Status: PlanStatus.Planned })
            {
                return Result<EveningPlan>.Refused(new FieldError(string.Empty, plan?.IsPlanning == true ? "Transport.StillPlanning" : "Transport.NothingToPublish"));
            }

            var rules = await db.TransportBookingRules.SingleAsync(r => r.ServiceId == serviceId, token);
            var pickups = await (from stop in db.RunStops
                                 join run in db.PlannedRuns on stop.RunId equals run.Id
                                 where run.PlanId == plan.Id && run.Revision == plan.Revision && stop.IsPickup
                                 select new { stop.BookingId, stop.Due }).ToListAsync(token);
            var due = pickups.ToDictionary(p => p.BookingId, p => p.Due);
            foreach (var booking in await db.TransportBookings.Where(b => due.Keys.Contains(b.Id)).ToListAsync(token))
            {
                var (from, until) = EveningProblem.ToldWindow(rules, booking, EveningProblem.Minutes(rules, due[booking.Id]));
                booking.Tell(from, until);
            }

            // The runs the drivers saw before are superseded.
            await DropRevisionsAsync(db, plan.Id, keep: plan.Revision, token);
            var now = clock.GetUtcNow();
            plan.Publish(actorId, now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.EveningPublished, actorId, null, serviceId, plan.Id));
            await db.SaveChangesAsync(token);
            return Result<EveningPlan>.Success(plan);
        }, cancellationToken);

    /// <summary>The evening's plan as it stands, with its latest runs (stops in order) and the trips left out; none before it is asked for.</summary>
    public async Task<PlannedEvening?> PlanAsync(Guid serviceId, DateOnly evening, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.EveningPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.Evening == evening, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var latest = await RevisionAsync(db, plan, plan.Revision, cancellationToken);
        return plan.PublishedRevision is { } published && published != plan.Revision
            ? latest with { Published = (await RevisionAsync(db, plan, published, cancellationToken)).Runs }
            : latest;
    }

    /// <summary>One run the drivers can see, with its evening's plan; none when there is no such published run.</summary>
    public async Task<(EveningPlan Plan, PlannedRun Run)?> PublishedRunAsync(Guid serviceId, Guid runId, CancellationToken cancellationToken = default) =>
        await RunAsync(serviceId, runId, cancellationToken) is { } found && found.Run.Revision == found.Plan.PublishedRevision ? found : null;

    /// <summary>One run of any revision still kept, with its evening's plan, stops in order; none when there is no such run.</summary>
    public async Task<(EveningPlan Plan, PlannedRun Run)?> RunAsync(Guid serviceId, Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from run in db.PlannedRuns.AsNoTracking().Include(r => r.Stops)
                           join plan in db.EveningPlans.AsNoTracking() on run.PlanId equals plan.Id
                           where run.Id == runId && plan.ServiceId == serviceId
                           select new { plan, run }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        found.run.Stops.Sort((a, b) => a.Order.CompareTo(b.Order));
        return (found.plan, found.run);
    }

    /// <summary>A driver's published runs from <paramref name="firstEvening"/> on, soonest first.</summary>
    public async Task<IReadOnlyList<(DateOnly Evening, PlannedRun Run)>> DriverRunsAsync(Guid serviceId, Guid driverId, DateOnly firstEvening,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await (from run in db.PlannedRuns.AsNoTracking().Include(r => r.Stops)
                          join plan in db.EveningPlans.AsNoTracking() on run.PlanId equals plan.Id
                          where plan.ServiceId == serviceId && run.DriverId == driverId && run.Revision == plan.PublishedRevision && plan.Evening >= firstEvening
                          select new { plan.Evening, run }).ToListAsync(cancellationToken);
        return [.. runs.OrderBy(r => r.Evening).ThenBy(r => r.run.Leaves).Select(r => (r.Evening, r.run))];
    }

    /// <summary>
    /// Plans the evening asked for longest ago, if any is waiting, and returns whether one was. The engine searches for
    /// <paramref name="budget"/>; its progress is written about once a second. Two servers never plan the same
    /// evening at once: the claim is a conditional update.
    /// </summary>
    public async Task<bool> PlanNextAsync(TimeSpan budget, CancellationToken cancellationToken = default)
    {
        if (await ClaimAsync(cancellationToken) is not { } claim)
        {
            return false;
        }

        await PlanClaimedAsync(claim, new SolveOptions { TimeLimit = budget }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Plans an evening not planned before straight away, without the queue, so no server's worker takes it up
    /// meanwhile: for the demo, which caps the engine's iterations to plan the same on every machine.
    /// </summary>
    internal async Task PlanAtOnceAsync(Guid actorId, Guid serviceId, DateOnly evening, SolveOptions options, CancellationToken cancellationToken)
    {
        var now = ClaimTime();
        var plan = new EveningPlan(Guid.NewGuid(), serviceId, evening, actorId, now);
        plan.Start(now);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.EveningPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
        }

        await PlanClaimedAsync(new Claim(plan.Id, serviceId, evening, now, now), options, cancellationToken);
    }

    private async Task PlanClaimedAsync(Claim claim, SolveOptions options, CancellationToken cancellationToken)
    {
        var problem = await planner.ProblemAsync(claim.ServiceId, claim.Evening, cancellationToken);
        if (problem is null)
        {
            // The rules were removed after it was asked for: nothing can be planned.
            await SaveAsync(claim, null, cancellationToken);
            return;
        }

        SolveProgress? latest = null;
        var solving = Task.Run(
            () => new DarpSolver().Solve(problem.Problem, options with { Progress = p => Interlocked.Exchange(ref latest, p) }, cancellationToken),
            cancellationToken);
        while (!solving.IsCompleted)
        {
            await Task.WhenAny(solving, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            if (Volatile.Read(ref latest) is { } progress)
            {
                await ReportAsync(claim, progress, cancellationToken);
            }
        }

        var plan = await solving;
        // Trips that don't fit inside the windows their passengers were told are planned again in the windows they
        // asked for: a told window moves only when there is no other way, and the coordinator is told whom to phone.
        var stuck = plan.Unserved.Select(u => problem.Bookings[u.RequestIndex]).Where(b => b.ToldFrom is not null).Select(b => b.Id).ToHashSet();
        if (stuck.Count > 0 && await planner.ProblemAsync(claim.ServiceId, claim.Evening, stuck, cancellationToken) is { } freer)
        {
            var second = new DarpSolver().Solve(freer.Problem, options with { TimeLimit = options.TimeLimit / 2 }, cancellationToken);
            if (second.Unserved.Count < plan.Unserved.Count)
            {
                (problem, plan) = (freer, second);
            }
        }

        await SaveAsync(claim, (problem, plan), cancellationToken);
    }

    /// <summary>
    /// In a capability's act that changes an evening's trips (a cancellation, a late booking): if the evening has been
    /// planned, it is asked for again, so its plan is brought up to date and the coordinator sees whom to phone.
    /// </summary>
    internal static async Task AskAgainIfPlannedAsync(CoproduceDbContext db, Guid serviceId, DateOnly evening, Guid actorId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var plan = await db.EveningPlans.SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.Evening == evening, cancellationToken);
        if (plan is { Revision: > 0 })
        {
            plan.Ask(actorId, now);
        }
    }

    private static async Task<PlannedEvening> RevisionAsync(CoproduceDbContext db, EveningPlan plan, int revision, CancellationToken cancellationToken)
    {
        var runs = await db.PlannedRuns.AsNoTracking().Include(r => r.Stops)
            .Where(r => r.PlanId == plan.Id && r.Revision == revision).ToListAsync(cancellationToken);
        foreach (var run in runs)
        {
            run.Stops.Sort((a, b) => a.Order.CompareTo(b.Order));
        }

        var leftOut = await db.UnplannedTrips.AsNoTracking().Where(u => u.PlanId == plan.Id && u.Revision == revision).ToListAsync(cancellationToken);
        return new PlannedEvening(plan, [.. runs.OrderBy(r => r.Number)], leftOut);
    }

    private async Task<Claim?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = ClaimTime();
        var stale = now - Abandoned;
        var waiting = await db.EveningPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Queued || (p.Status == PlanStatus.Planning && p.StartedAt < stale))
            .OrderBy(p => p.RequestedAt).Select(p => new { p.Id, p.ServiceId, p.Evening, p.RequestedAt }).FirstOrDefaultAsync(cancellationToken);
        if (waiting is null)
        {
            return null;
        }

        // Whoever changes the row first has it; asking again meanwhile changes RequestedAt, so this claim then fails.
        var claimed = await db.EveningPlans
            .Where(p => p.Id == waiting.Id && p.RequestedAt == waiting.RequestedAt
                && (p.Status == PlanStatus.Queued || (p.Status == PlanStatus.Planning && p.StartedAt < stale)))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PlanStatus.Planning).SetProperty(p => p.StartedAt, now), cancellationToken);
        return claimed == 1 ? new Claim(waiting.Id, waiting.ServiceId, waiting.Evening, waiting.RequestedAt, now) : null;
    }

    private async Task ReportAsync(Claim claim, SolveProgress progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var percent = (int)Math.Round(progress.Fraction * 100);
        await db.EveningPlans.Where(p => p.Id == claim.PlanId && p.Status == PlanStatus.Planning && p.StartedAt == claim.StartedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Percent, percent).SetProperty(p => p.LeftOutSoFar, progress.Unserved), cancellationToken);
    }

    /// <summary>Writes the engine's plan as the next revision, in one act, unless someone asked again meanwhile (the claim is then stale).</summary>
    private Task<Result<EveningPlan>> SaveAsync(Claim claim, (EveningProblem Evening, Scheduling.Model.Plan Plan)? planned, CancellationToken cancellationToken) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var plan = await db.EveningPlans.SingleOrDefaultAsync(p => p.Id == claim.PlanId, token);
            if (plan is null || plan.Status != PlanStatus.Planning || plan.StartedAt != claim.StartedAt || plan.RequestedAt != claim.RequestedAt)
            {
                return Result<EveningPlan>.Refused(new FieldError(string.Empty, "Transport.AskedAgain"));
            }

            // Drafts nobody published make way; the published runs stay for the drivers until the new ones are published.
            await DropRevisionsAsync(db, plan.Id, keep: plan.PublishedRevision, token);
            if (planned is { } done)
            {
                var rules = await db.TransportBookingRules.AsNoTracking().SingleAsync(r => r.ServiceId == plan.ServiceId, token);
                var (runs, leftOut) = PlanRecords.From(plan.Id, plan.NextRevision, rules, done.Evening, done.Plan);
                db.PlannedRuns.AddRange(runs);
                db.UnplannedTrips.AddRange(leftOut);
            }

            var now = clock.GetUtcNow();
            plan.Planned(now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.EveningPlanned, plan.RequestedById, null, plan.ServiceId, plan.Id));
            await db.SaveChangesAsync(token);
            return Result<EveningPlan>.Success(plan);
        }, cancellationToken);

    // A claim is checked by comparing the time it was made with the stored one, so it is made in whole milliseconds:
    // PostgreSQL keeps microseconds, not .NET's ticks, and a claim with more would never match itself again.
    private DateTimeOffset ClaimTime()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    /// <summary>Removes every revision of a plan's runs and trips left out but <paramref name="keep"/> (all of them when none).</summary>
    private static async Task DropRevisionsAsync(CoproduceDbContext db, Guid planId, int? keep, CancellationToken cancellationToken)
    {
        db.PlannedRuns.RemoveRange(await db.PlannedRuns.Include(r => r.Stops).Where(r => r.PlanId == planId && r.Revision != keep).ToListAsync(cancellationToken));
        db.UnplannedTrips.RemoveRange(await db.UnplannedTrips.Where(u => u.PlanId == planId && u.Revision != keep).ToListAsync(cancellationToken));
    }

    private static async Task<FieldError?> RefuseAsync(UnitOfWork work, Guid actorId, Guid serviceId, CancellationToken cancellationToken) =>
        await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, cancellationToken)
        ?? (await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, cancellationToken) ? null : new FieldError(string.Empty, "Transport.NotCoordinator"));

    private sealed record Claim(Guid PlanId, Guid ServiceId, DateOnly Evening, DateTimeOffset RequestedAt, DateTimeOffset StartedAt);
}

/// <summary>An evening's plan with one revision's runs, stops in order, and the trips it leaves out.</summary>
public sealed record PlannedEvening(EveningPlan Plan, IReadOnlyList<PlannedRun> Runs, IReadOnlyList<UnplannedTrip> LeftOut)
{
    /// <summary>The runs the drivers have, when the latest runs are not yet published over them; none otherwise.</summary>
    public IReadOnlyList<PlannedRun>? Published { get; init; }

    /// <summary>Every run named: the latest and any published before them.</summary>
    public IEnumerable<PlannedRun> AllRuns => Published is null ? Runs : Runs.Concat(Published);
}
