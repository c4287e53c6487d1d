using System.Globalization;
using Coproduce.Core.Common;

namespace Coproduce.Web.Pages.Transport;

/// <summary>The evening a transport page is about, from its address (<c>?evening=yyyy-MM-dd</c>); today's when none is given.</summary>
/// <param name="Day">The evening.</param>
/// <param name="NotADay">An evening was given but couldn't be read, so today's is shown.</param>
public sealed record EveningQuery(DateOnly Day, bool NotADay)
{
    /// <summary>How an evening is written in addresses.</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>Reads the evening asked for.</summary>
    public static EveningQuery Read(string? evening, TimeProvider clock)
    {
        var read = DateOnly.TryParseExact(evening, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked);
        return new EveningQuery(read ? asked : UkTime.Today(clock), evening is not null && !read);
    }

    /// <summary>The evening as written in addresses.</summary>
    public static string Write(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
