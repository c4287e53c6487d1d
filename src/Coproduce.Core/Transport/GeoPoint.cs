using System.Globalization;

namespace Coproduce.Core.Transport;

/// <summary>
/// A place on the earth in decimal degrees (WGS 84, as any map app shows it). There is no address finder on the
/// machine, so a coordinator copies the location from a map when they confirm a passenger or add a destination.
/// </summary>
/// <param name="Latitude">North of the equator, in degrees.</param>
/// <param name="Longitude">East of Greenwich, in degrees; negative in Wales.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The distance along the earth's surface, in kilometres (the haversine formula).</summary>
    public double KilometresTo(GeoPoint other)
    {
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>"51.4016, -3.2680", as it is shown and typed.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:0.0####}, {Longitude:0.0####}");

    /// <summary>
    /// Reads "latitude, longitude" as a map app copies it. Only places in or near the United Kingdom are accepted: a
    /// location outside that box is two numbers swapped or mistyped, not a passenger's home.
    /// </summary>
    public static bool TryParse(string? text, out GeoPoint point)
    {
        point = default;
        var parts = text?.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || latitude is < 49.8 or > 60.9 || longitude is < -8.7 or > 1.8)
        {
            return false;
        }

        point = new GeoPoint(latitude, longitude);
        return true;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
