using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Coproduce.Core.Common;
using Xunit;

namespace Coproduce.Testing;

/// <summary>Checks that a set of .resx files has every key in English and Welsh, none empty, with the same placeholders.</summary>
public static partial class BilingualResources
{
    /// <summary>Checks each capability's file of the catalogue; returns the keys whose text is the same in both languages.</summary>
    public static IReadOnlyList<string> AssertComplete(ResourceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Assert.NotEmpty(catalogue.Files);
        return [.. catalogue.Files.SelectMany(AssertComplete).Order(StringComparer.Ordinal)];
    }

    /// <summary>Fails on a missing, empty or mismatched text; returns the keys whose text is the same in both (names, say).</summary>
    public static IReadOnlyList<string> AssertComplete(ResourceManager resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var welsh = Entries(resources, CultureInfo.GetCultureInfo("cy"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), welsh.Keys.Order());
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"English text for {key} is empty.");
            Assert.False(string.IsNullOrWhiteSpace(welsh[key]), $"Welsh text for {key} is empty.");
            Assert.Equal(Placeholders(text), Placeholders(welsh[key]));
        }

        return [.. english.Keys.Where(k => english[k] == welsh[k]).Order()];
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        // tryParents: false reads the one language's own file, so a key missing in Welsh is not hidden by English.
        // The set is the resource manager's cached copy: not ours to dispose.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"No texts for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
