using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Coproduce.Core.Common;

namespace Coproduce.Core.Tests;

public partial class MessagesTests
{
    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy");

    [Fact]
    public void Every_message_has_English_and_Welsh_text_with_the_same_placeholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var welsh = Entries(Welsh);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), welsh.Keys.Order());
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"English text for {key} is empty.");
            Assert.False(string.IsNullOrWhiteSpace(welsh[key]), $"Welsh text for {key} is empty.");
            Assert.NotEqual(text, welsh[key]);
            Assert.Equal(Placeholders(text), Placeholders(welsh[key]));
        }
    }

    [Fact]
    public void Messages_are_formatted_in_the_culture_asked_for()
    {
        var error = new FieldError("Amount", "Hours.TooLarge", 10_000);
        Assert.Equal("The amount must be 10,000 hours or less", error.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Rhaid i'r swm fod yn 10,000 awr neu lai", error.Message(CultureInfo.GetCultureInfo("cy-GB")));
    }

    [Fact]
    public void An_unknown_code_is_a_programming_error_not_an_empty_message() =>
        Assert.Throws<InvalidOperationException>(() => CoreMessages.Format("No.Such.Code", CultureInfo.InvariantCulture));

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // tryParents: false reads the one language's own file, so a key missing in Welsh is not hidden by English.
        // The set is the resource manager's cached copy: not ours to dispose.
        var set = CoreMessages.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"No messages for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
