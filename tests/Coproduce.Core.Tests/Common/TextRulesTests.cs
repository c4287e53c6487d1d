using Coproduce.Core.Common;
using Coproduce.Core.People;

namespace Coproduce.Core.Tests.Common;

public class TextRulesTests
{
    [Theory]
    [InlineData("Edna\u0000Price", "Text.ControlCharacterOneLine")]
    [InlineData("Edna\u001BPrice", "Text.ControlCharacterOneLine")]
    [InlineData("Edna\tPrice", "Text.ControlCharacterOneLine")]
    [InlineData("Edna\nPrice", "Text.ControlCharacterOneLine")]
    [InlineData("Edna\u0085Price", "Text.ControlCharacterOneLine")]
    [InlineData("Edna\u202EecirP", "Text.DirectionControl")]
    [InlineData("Edna\u2066Price\u2069", "Text.DirectionControl")]
    [InlineData("Edna\u202APrice", "Text.DirectionControl")]
    public void Hidden_controls_and_direction_overrides_are_refused_in_one_line_text(string text, string code)
    {
        Assert.Equal(code, TextRules.Check("Name", text)?.Code);
        Assert.Equal("Name", TextRules.Check("Name", text)?.Field);
    }

    [Fact]
    public void Multi_line_text_keeps_its_tabs_and_line_breaks_but_not_other_controls()
    {
        Assert.Null(TextRules.Check("Address", "3 Oxford Street\r\nBlaengarw\tCF32 8AW", TextKind.MultiLine));
        Assert.Equal("Text.ControlCharacter", TextRules.Check("Address", "3 Oxford Street\u0000", TextKind.MultiLine)?.Code);
        Assert.Equal("Text.ControlCharacter", TextRules.Check("Address", "3 Oxford Street\u0085Blaengarw", TextKind.MultiLine)?.Code);
        Assert.Equal("Text.DirectionControl", TextRules.Check("Address", "Flat 1\u202E", TextKind.MultiLine)?.Code);
    }

    [Theory]
    [InlineData("Siân Jones")]
    [InlineData("Gwenllïan ap Rhys-Ŵyn")]
    [InlineData("محمد")]
    [InlineData("👩‍👧")]
    public void Real_names_in_any_script_pass(string text)
    {
        Assert.Null(TextRules.Check("Name", text));
        Assert.True(TextRules.HasVisibleText(text));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData(" \u2060 \uFEFF ")]
    [InlineData("\u00A0\u3000")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_of_only_invisible_characters_has_nothing_visible(string? text)
    {
        Assert.False(TextRules.HasVisibleText(text));
        Assert.Null(TextRules.TidyOptional(text));
    }

    [Fact]
    public void The_messages_are_in_English_and_Welsh()
    {
        var error = TextRules.Check("Name", "a\u0000b")!;
        Assert.Contains("hidden character", error.Message(LanguageCultures.English), StringComparison.Ordinal);
        Assert.Contains("nod cudd", error.Message(LanguageCultures.Welsh), StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_is_checked_by_the_same_rule_in_every_text_field()
    {
        var today = new DateOnly(2026, 3, 28);
        var result = PeopleRules.Check(new PersonProfile("\u200B\u200B", Language.English, "edna\u202E@example.com", "01656\u0000870112",
            "3 Oxford Street\u202E", "Large print\u0007", ConsentChoices.None), today);

        Assert.Equal(
            [("Name", "People.NameRequired"), ("Email", "Text.DirectionControl"), ("Phone", "Text.ControlCharacterOneLine"),
             ("Address", "Text.DirectionControl"), ("AccessibilityNeeds", "Text.ControlCharacter")],
            result.Errors.Select(e => (e.Field, e.Code)));
        var fine = PeopleRules.Check(new PersonProfile("Edna Price", Language.English, null, " \u200B ", "3 Oxford Street\nBlaengarw",
            null, ConsentChoices.None), today);
        Assert.True(fine.Succeeded);
        Assert.Null(fine.Value.Phone);
    }
}
