using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Coproduce.Web.Components;

/// <summary>
/// One task: its title (a link while it can be done), an optional hint and its status, shown as plain text
/// ("Completed") or as a tag when <see cref="StatusTagClass"/> or <see cref="StatusIsTag"/> says so.
/// </summary>
public sealed record GovukTaskListItem(string Title, string Status, string? Href = null)
{
    public string? Hint { get; init; }

    public bool StatusIsTag { get; init; }

    /// <summary>A tag colour such as govuk-tag--blue; implies a tag.</summary>
    public string? StatusTagClass { get; init; }

    /// <summary>For example govuk-task-list__status--cannot-start-yet, for a status in grey text.</summary>
    public string? StatusClass { get; init; }

    /// <summary>Classes of the page's own for the task and its title.</summary>
    public string? Class { get; init; }

    public string? TitleClass { get; init; }
}

/// <summary>The GOV.UK task list, for a journey done in several parts: <c>&lt;govuk-task-list items="Model.Tasks" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-task-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTaskListTagHelper : TagHelper
{
    public IReadOnlyList<GovukTaskListItem> Items { get; set; } = [];

    /// <summary>Starts each task's hint and status ids, which its link points at with aria-describedby.</summary>
    public string IdPrefix { get; set; } = "task-list";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = new StringBuilder();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var id = $"{Html.Encode(IdPrefix)}-{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var hintId = item.Hint is null ? null : id + "-hint";
            var statusId = id + "-status";
            list.Append("<li class=\"").Append(Html.Classes(item.Href is null ? "govuk-task-list__item" : "govuk-task-list__item govuk-task-list__item--with-link", item.Class)).Append("\">")
                .Append("<div class=\"govuk-task-list__name-and-hint\">");
            list.Append(item.Href is null
                ? $"<div{(item.TitleClass is null ? string.Empty : $" class=\"{Html.Encode(item.TitleClass)}\"")}>{Html.Encode(item.Title)}</div>"
                : $"<a class=\"{Html.Classes("govuk-link govuk-task-list__link", item.TitleClass)}\" href=\"{Html.Encode(item.Href)}\" aria-describedby=\"{(hintId is null ? string.Empty : hintId + " ")}{statusId}\">{Html.Encode(item.Title)}</a>");
            if (hintId is not null)
            {
                list.Append("<div id=\"").Append(hintId).Append("\" class=\"govuk-task-list__hint\">").Append(Html.Encode(item.Hint)).Append("</div>");
            }

            var status = item.StatusIsTag || item.StatusTagClass is not null
                ? $"<strong class=\"{Html.Classes("govuk-tag", item.StatusTagClass)}\">{Html.Encode(item.Status)}</strong>"
                : Html.Encode(item.Status);
            list.Append("</div><div class=\"").Append(Html.Classes("govuk-task-list__status", item.StatusClass)).Append("\" id=\"").Append(statusId).Append("\">")
                .Append(status).Append("</div></li>");
        }

        RootElement.Render(output, "ul", "govuk-task-list", list.ToString());
    }
}
