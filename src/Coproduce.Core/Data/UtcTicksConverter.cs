using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coproduce.Core.Data;

/// <summary>Stores an instant as its UTC ticks: exact, sortable and comparable in SQL. Instants come back in UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
