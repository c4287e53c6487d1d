namespace Coproduce.Core.Ledger;

/// <summary>A balance in minutes, which unlike an amount may be zero or negative; formats like <see cref="Hours"/>.</summary>
/// <param name="Minutes">The balance in minutes.</param>
public readonly record struct Balance(long Minutes) : IFormattable
{
    /// <summary>In words in the given culture: "-2 hours 15 minutes", "2 awr".</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Hours.FormatMinutes(Minutes, formatProvider);

    /// <inheritdoc/>
    public override string ToString() => ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}
