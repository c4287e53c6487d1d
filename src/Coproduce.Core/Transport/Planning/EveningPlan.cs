namespace Coproduce.Core.Transport.Planning;

/// <summary>
/// The plan of one evening of a service: asked for by a coordinator, planned by the engine in the background (on
/// whichever app server claims it first), checked, and then published to the drivers. Each planning is a new revision
/// of the runs; the drivers keep seeing the published revision until a newer one is published.
/// </summary>
public sealed class EveningPlan
{
    private EveningPlan()
    {
    }

    internal EveningPlan(Guid id, Guid serviceId, DateOnly evening, Guid requestedById, DateTimeOffset requestedAt)
    {
        (Id, ServiceId, Evening) = (id, serviceId, evening);
        Ask(requestedById, requestedAt);
    }

    /// <summary>The plan's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The evening planned.</summary>
    public DateOnly Evening { get; private set; }

    /// <summary>Where planning has got to.</summary>
    public PlanStatus Status { get; private set; }

    /// <summary>Who last asked for it to be planned.</summary>
    public Guid RequestedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When the engine started on it; an old start on a plan still planning means its server stopped.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>How much of the engine's time has been used, 0 to 100.</summary>
    public int Percent { get; private set; }

    /// <summary>Trips the best plan so far leaves out, while planning.</summary>
    public int? LeftOutSoFar { get; private set; }

    /// <summary>When the runs were last planned.</summary>
    public DateTimeOffset? PlannedAt { get; private set; }

    /// <summary>The latest runs planned, from 1; none before the first planning ends.</summary>
    public int Revision { get; private set; }

    /// <summary>The runs the drivers see; none before the plan is first published.</summary>
    public int? PublishedRevision { get; private set; }

    /// <summary>When it was last published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Who published it.</summary>
    public Guid? PublishedById { get; private set; }

    /// <summary>Whether the drivers see the latest runs.</summary>
    public bool IsPublished => Status == PlanStatus.Published;

    /// <summary>Whether the engine is yet to finish.</summary>
    public bool IsPlanning => Status is PlanStatus.Queued or PlanStatus.Planning;

    internal void Ask(Guid requestedById, DateTimeOffset requestedAt)
    {
        (Status, RequestedById, RequestedAt, StartedAt, Percent, LeftOutSoFar) = (PlanStatus.Queued, requestedById, requestedAt, null, 0, null);
    }

    internal void Start(DateTimeOffset now) => (Status, StartedAt) = (PlanStatus.Planning, now);

    /// <summary>The revision the next planning writes.</summary>
    internal int NextRevision => Revision + 1;

    internal void Planned(DateTimeOffset now)
    {
        (Status, PlannedAt, Percent, LeftOutSoFar, Revision) = (PlanStatus.Planned, now, 100, null, NextRevision);
    }

    internal void Publish(Guid publishedById, DateTimeOffset now)
    {
        (Status, PublishedRevision, PublishedAt, PublishedById) = (PlanStatus.Published, Revision, now, publishedById);
    }
}

/// <summary>Where an evening's planning has got to. Stored: never renumber.</summary>
public enum PlanStatus
{
    /// <summary>Asked for; waiting for the engine.</summary>
    Queued = 0,

    /// <summary>The engine is on it.</summary>
    Planning = 1,

    /// <summary>Planned, for the coordinator to check.</summary>
    Planned = 2,

    /// <summary>Published to the drivers; locked until planned again.</summary>
    Published = 3,
}

/// <summary>One vehicle's run: its driver, when it leaves and returns to base, and its stops in order.</summary>
public sealed class PlannedRun
{
    private PlannedRun()
    {
    }

    internal PlannedRun(Guid id, Guid planId, int revision, int number, Guid vehicleId, Guid driverId, TimeOnly leaves, TimeOnly returns,
        double kilometres)
    {
        (Id, PlanId, Revision, Number, VehicleId, DriverId) = (id, planId, revision, number, vehicleId, driverId);
        (Leaves, Returns, Kilometres) = (leaves, returns, kilometres);
    }

    /// <summary>The run's identity: the manifest's address.</summary>
    public Guid Id { get; private set; }

    /// <summary>The evening's plan.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The planning it came from.</summary>
    public int Revision { get; private set; }

    /// <summary>The run's number that evening, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The vehicle.</summary>
    public Guid VehicleId { get; private set; }

    /// <summary>The driver (their person).</summary>
    public Guid DriverId { get; private set; }

    /// <summary>When it leaves base.</summary>
    public TimeOnly Leaves { get; private set; }

    /// <summary>When it is back.</summary>
    public TimeOnly Returns { get; private set; }

    /// <summary>The estimated distance driven, base to base.</summary>
    public double Kilometres { get; private set; }

    /// <summary>The stops in order.</summary>
    public List<RunStop> Stops { get; private set; } = [];
}

/// <summary>A pickup or drop-off on a run, and when the driver is due there.</summary>
public sealed class RunStop
{
    private RunStop()
    {
    }

    internal RunStop(Guid runId, int order, Guid bookingId, bool isPickup, TimeOnly due)
    {
        (RunId, Order, BookingId, IsPickup, Due) = (runId, order, bookingId, isPickup, due);
    }

    /// <summary>The run.</summary>
    public Guid RunId { get; private set; }

    /// <summary>Its place in the run, from 1.</summary>
    public int Order { get; private set; }

    /// <summary>The trip.</summary>
    public Guid BookingId { get; private set; }

    /// <summary>True for the pickup, false for the drop-off.</summary>
    public bool IsPickup { get; private set; }

    /// <summary>When the driver is due there.</summary>
    public TimeOnly Due { get; private set; }
}

/// <summary>A trip an evening's plan can't carry.</summary>
public sealed class UnplannedTrip
{
    private UnplannedTrip()
    {
    }

    internal UnplannedTrip(Guid planId, int revision, Guid bookingId, UnplannedReason reason)
    {
        (PlanId, Revision, BookingId, Reason) = (planId, revision, bookingId, reason);
    }

    /// <summary>The evening's plan.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The planning that left it out.</summary>
    public int Revision { get; private set; }

    /// <summary>The trip.</summary>
    public Guid BookingId { get; private set; }

    /// <summary>Why.</summary>
    public UnplannedReason Reason { get; private set; }
}

/// <summary>Why a trip is left out of a plan, in words a coordinator can act on. Stored: never renumber.</summary>
public enum UnplannedReason
{
    /// <summary>No vehicle has a driver that evening.</summary>
    NoCrew = 0,

    /// <summary>The vehicles with a wheelchair space have no driver that evening.</summary>
    NoWheelchairCrew = 1,

    /// <summary>The vehicles are full, or too far away, at that time.</summary>
    NoRoom = 2,

    /// <summary>The trip can't be made in the time asked, even straight there.</summary>
    CannotMakeInTime = 3,
}
