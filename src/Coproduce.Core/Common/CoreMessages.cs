using System.Globalization;
using System.Resources;

namespace Coproduce.Core.Common;

/// <summary>Core's messages to people, in English and Welsh, from <c>Resources/CoreMessages*.resx</c>.</summary>
public static class CoreMessages
{
    private static readonly ResourceManager Resources =
        new("Coproduce.Core.Resources.CoreMessages", typeof(CoreMessages).Assembly);

    /// <summary>The resource manager, so tests can check that every key has text in both languages.</summary>
    public static ResourceManager ResourceManager => Resources;

    /// <summary>Formats the message for <paramref name="code"/> in <paramref name="culture"/>, filling its placeholders.</summary>
    /// <exception cref="InvalidOperationException">The code has no message: a programming error caught by tests.</exception>
    public static string Format(string code, CultureInfo culture, params object[] arguments)
    {
        var template = Resources.GetString(code, culture)
            ?? throw new InvalidOperationException($"No message for '{code}' in {culture.Name}.");
        // Counts read with the culture's grouping ("10,000"); references that people read aloud are passed as strings.
        var formatted = arguments.Select(a => a switch
        {
            int or long => ((IFormattable)a).ToString("N0", culture),
            IFormattable formattable => formattable.ToString(null, culture),
            _ => a,
        }).ToArray();
        return string.Format(culture, template, formatted);
    }
}
