using System.Globalization;

namespace Coproduce.Core.Common;

/// <summary>
/// Core's messages to people, in English and Welsh, from each capability's own <c>Resources/*Messages.resx</c>
/// (<c>Ledger/Resources/LedgerMessages.resx</c>, <c>People/Resources/PeopleMessages.resx</c>).
/// </summary>
public static class CoreMessages
{
    /// <summary>Every capability's messages, so tests can check that each has its keys in both languages.</summary>
    public static ResourceCatalogue Catalogue { get; } = new(typeof(CoreMessages).Assembly, "Messages");

    /// <summary>Formats the message for <paramref name="code"/> in <paramref name="culture"/>, filling its placeholders.</summary>
    /// <exception cref="InvalidOperationException">The code has no message: a programming error caught by tests.</exception>
    public static string Format(string code, CultureInfo culture, params object[] arguments)
    {
        var template = Catalogue.Find(code, culture)
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
