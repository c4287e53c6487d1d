using AngleSharp.Html.Parser;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>
/// A single yes/no checkbox is one item of a GOV.UK checkboxes group, not a component with fixtures of its own; it
/// must draw the very item the fixture-tested <c>govuk-checkboxes</c> draws for the same field.
/// </summary>
public class GovukCheckboxTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(false, "Only if they agreed on paper")]
    [InlineData(true, "Only if they agreed on paper")]
    public async Task A_single_checkbox_is_the_item_a_checkboxes_group_draws(bool isChecked, string? hint)
    {
        var single = await TagHelperRendering.RenderAsync(
            new GovukCheckboxTagHelper(TagHelperRendering.Text)
            {
                For = TagHelperRendering.Field("Input.Consent", isChecked),
                ViewContext = TagHelperRendering.View(),
                Label = "They agree",
                Hint = hint,
            },
            "govuk-checkbox");
        var group = await TagHelperRendering.RenderAsync(
            new GovukCheckboxesTagHelper(TagHelperRendering.Text)
            {
                For = TagHelperRendering.Field<IEnumerable<string>>("Input.Consent", isChecked ? ["true"] : []),
                ViewContext = TagHelperRendering.View(),
                Items = [new GovukCheckboxesItem("true", "They agree") { Hint = hint }],
            },
            "govuk-checkboxes");

        var groupItem = Parser.ParseDocument($"<body>{group}</body>").QuerySelector(".govuk-checkboxes__item")!.OuterHtml;
        Assert.Equal(NormalisedHtml.Of(groupItem), NormalisedHtml.Of(single));
        Assert.Equal(isChecked, Parser.ParseDocument($"<body>{single}</body>").QuerySelector("input[checked]") is not null);
    }
}
