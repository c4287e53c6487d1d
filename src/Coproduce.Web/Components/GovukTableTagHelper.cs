using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>A table cell: text (or markup the page built); numbers are right-aligned so their digits line up.</summary>
public sealed record GovukTableCell(string? Text, bool Numeric = false)
{
    public IHtmlContent? Html { get; init; }

    public int? Colspan { get; init; }

    public int? Rowspan { get; init; }

    /// <summary>A class of the page's own, e.g. a width such as govuk-!-width-one-half.</summary>
    public string? Class { get; init; }
}

/// <summary>The GOV.UK table: <c>&lt;govuk-table caption="Hours by month" head="Model.Head" rows="Model.Rows" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-table", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTableTagHelper : TagHelper
{
    public string? Caption { get; set; }

    /// <summary>A caption size such as govuk-table__caption--m.</summary>
    public string? CaptionClass { get; set; }

    public IReadOnlyList<GovukTableCell>? Head { get; set; }

    public IReadOnlyList<IReadOnlyList<GovukTableCell>> Rows { get; set; } = [];

    /// <summary>Each row's first cell names the row (a row header for screen readers).</summary>
    public bool FirstCellIsHeader { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = new StringBuilder();
        if (Caption is not null)
        {
            table.Append("<caption class=\"").Append(Html.Classes("govuk-table__caption", CaptionClass)).Append("\">").Append(Html.Encode(Caption)).Append("</caption>");
        }

        if (Head is not null)
        {
            table.Append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
            foreach (var cell in Head)
            {
                Cell(table, cell, "th", "govuk-table__header", "col");
            }

            table.Append("</tr></thead>");
        }

        table.Append("<tbody class=\"govuk-table__body\">");
        foreach (var row in Rows)
        {
            table.Append("<tr class=\"govuk-table__row\">");
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0 && FirstCellIsHeader)
                {
                    Cell(table, row[i], "th", "govuk-table__header", "row");
                }
                else
                {
                    Cell(table, row[i], "td", "govuk-table__cell", scope: null);
                }
            }

            table.Append("</tr>");
        }

        table.Append("</tbody>");
        RootElement.Render(output, "table", "govuk-table", table.ToString());
    }

    private static void Cell(StringBuilder table, GovukTableCell cell, string tag, string cssClass, string? scope)
    {
        table.Append('<').Append(tag).Append(Html.Attribute("scope", scope))
            .Append(" class=\"").Append(Html.Classes(cell.Numeric ? $"{cssClass} {cssClass}--numeric" : cssClass, cell.Class)).Append('"')
            .Append(Html.Attribute("colspan", cell.Colspan?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(Html.Attribute("rowspan", cell.Rowspan?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append('>').Append(Html.Of(cell.Html, cell.Text)).Append("</").Append(tag).Append('>');
    }
}
