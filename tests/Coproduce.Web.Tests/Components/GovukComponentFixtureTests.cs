using System.Globalization;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>
/// Every GOV.UK tag helper against govuk-frontend's own examples (the fixtures.json shipped in the npm package): each
/// fixture the helper can express must render the same HTML, once both are parsed and normalised.
/// </summary>
public class GovukComponentFixtureTests(ITestOutputHelper output)
{
    public static TheoryData<string> Components => [.. GovukComponents.All.Select(component => component.Component)];

    [Theory]
    [MemberData(nameof(Components))]
    public async Task Every_fixture_the_tag_helper_can_express_renders_govuk_frontends_html(string component)
    {
        var helper = GovukComponents.All.Single(c => c.Component == component);
        var fixtures = GovukFixture.For(component);
        var matched = 0;
        var cantExpress = 0;
        var mismatches = new List<string>();
        // The fixtures are English; the app's English text must be what govuk-frontend writes by default.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            foreach (var fixture in fixtures)
            {
                if (helper.CantExpress(fixture) is { } reason)
                {
                    cantExpress++;
                    output.WriteLine($"  can't express \"{fixture.Name}\": {reason}");
                    continue;
                }

                var expected = NormalisedHtml.Of(fixture.Html);
                var actual = NormalisedHtml.Of(await helper.RenderAsync(fixture.Options));
                if (expected == actual)
                {
                    matched++;
                }
                else
                {
                    mismatches.Add($"\"{fixture.Name}\"\n-- expected:\n{expected}-- rendered:\n{actual}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var row = ComponentTable.Row(component, helper.TagName, matched, cantExpress, fixtures.Count);
        output.WriteLine($"{component} ({helper.TagName}): {matched} matched, {cantExpress} can't express, {mismatches.Count} mismatched, of {fixtures.Count}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} fixture(s) of {component} rendered differently:\n\n" + string.Join("\n\n", mismatches));
        Assert.True(matched >= helper.MinimumMatched, $"{component}: only {matched} fixtures matched; at least {helper.MinimumMatched} did before");
        Assert.True(ComponentTable.Documented.Contains(row), $"docs/components.md should have the row\n{row}");
    }
}
