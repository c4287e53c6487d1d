using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Coproduce.Web.Forms;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>
/// The date input names its boxes for ASP.NET Core's model binding (<c>Field.Day</c>), and the day box carries the
/// field's own id so the error summary's link lands on a box, not on the group around them. govuk-frontend names them
/// <c>day</c> with ids <c>id-day</c> and gives the group the field's id. Those three are the only differences this test
/// allows: it renames the helper's names and ids govuk-frontend's way before comparing, so everything else (classes,
/// labels, aria, values, error states) is held to the fixtures. Fixtures that name the boxes themselves, mark single
/// boxes as wrong, or leave one out can't be expressed.
/// </summary>
internal sealed class DateInputFixtures : ComponentFixtures
{
    private static readonly HtmlParser Parser = new();

    public override string Component => "date-input";

    public override string TagName => "govuk-date-input";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "id", "fieldset", "fieldset.legend", "fieldset.legend.text", "fieldset.legend.classes", "fieldset.describedBy",
        "hint", "hint.text", "errorMessage", "errorMessage.text", "formGroup", "formGroup.classes", "values", "namePrefix", "items", "items[].name", "items[].classes");

    /// <summary>The boxes the helper draws, as govuk-frontend's items would name them: day, month and year at their widths.</summary>
    private static readonly (string Name, string Classes)[] HelpersOwnBoxes =
        [("day", "govuk-input--width-2"), ("month", "govuk-input--width-2"), ("year", "govuk-input--width-4")];

    protected override string? CantExpressValue(JsonObject options) =>
        options["items"] is JsonArray
        && !options.Objs("items").Select(item => (item.Str("name"), item.Str("classes"))).SequenceEqual(HelpersOwnBoxes.Select(box => ((string?)box.Name, (string?)box.Classes)))
            ? "items other than the helper's own day, month and year boxes"
            : null;

    public override int MinimumMatched => 9;

    public override async Task<string> RenderAsync(JsonObject options)
    {
        var id = options.Str("id") ?? string.Empty;
        var values = options.Obj("values");
        var prefix = options.Str("namePrefix") is { } namePrefix ? namePrefix + "-" : string.Empty;
        var legend = options.Obj("fieldset").Obj("legend");
        var helper = new GovukDateInputTagHelper(TagHelperRendering.Text)
        {
            For = TagHelperRendering.Field(id, new DateParts { Day = values.Str(prefix + "day"), Month = values.Str(prefix + "month"), Year = values.Str(prefix + "year") }),
            ViewContext = TagHelperRendering.View(),
            Label = legend.Str("text") ?? string.Empty,
            LegendClass = legend.Str("classes"),
            Hint = options.Obj("hint").Str("text"),
            DescribedBy = options.Obj("fieldset").Str("describedBy"),
            FormGroupClass = options.Obj("formGroup").Str("classes"),
        };
        if (options.Obj("errorMessage").Str("text") is { } error)
        {
            helper.ViewContext.ViewData.ModelState.AddModelError(id, error);
        }

        return RenamedGovukFrontendsWay(await TagHelperRendering.RenderAsync(helper, TagName), id, prefix);
    }

    private static string RenamedGovukFrontendsWay(string html, string id, string namePrefix)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var renamedIds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [id + "-parts"] = id,
            [id] = id + "-day",
            [id + "_Month"] = id + "-month",
            [id + "_Year"] = id + "-year",
        };
        foreach (var element in document.QuerySelectorAll(".govuk-date-input, .govuk-date-input__input, .govuk-date-input__label"))
        {
            foreach (var attribute in new[] { "id", "for" })
            {
                if (element.GetAttribute(attribute) is { } value && renamedIds.TryGetValue(value, out var renamed))
                {
                    element.SetAttribute(attribute, renamed);
                }
            }

            if (element.GetAttribute("name") is { } name && name.StartsWith(id + ".", StringComparison.Ordinal))
            {
                element.SetAttribute("name", namePrefix + name[(id.Length + 1)..].ToLowerInvariant());
            }
        }

        return document.Body!.InnerHtml;
    }
}
