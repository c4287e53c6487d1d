namespace Coproduce.Core.Transport;

/// <summary>
/// How long a drive takes when no routing engine is configured: the straight-line distance, stretched by a road
/// factor because roads wind, at an average speed for evening roads in small towns. Rough, but it errs long, and
/// the same estimate is used to check bookings and to plan, so the two agree.
/// </summary>
public static class TravelTimes
{
    /// <summary>Roads are about 1.3 times the straight line in Welsh towns and lanes.</summary>
    public const double RoadFactor = 1.3;

    /// <summary>Kilometres an hour, door to door, in a minibus in the evening.</summary>
    public const double AverageSpeedKmh = 40;

    /// <summary>The estimated minutes from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double Minutes(GeoPoint from, GeoPoint to) => from.KilometresTo(to) * RoadFactor / AverageSpeedKmh * 60;
}
