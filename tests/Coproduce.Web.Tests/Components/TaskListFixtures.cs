using System.Text.Json.Nodes;
using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

internal sealed class TaskListFixtures : ComponentFixtures
{
    public override string Component => "task-list";

    public override string TagName => "govuk-task-list";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options(
        "classes", "attributes", "idPrefix", "items", "items[].title", "items[].title.text", "items[].href", "items[].hint", "items[].hint.text",
        "items[].status", "items[].status.text", "items[].status.classes", "items[].status.tag", "items[].status.tag.text", "items[].status.tag.classes",
        "items[].classes", "items[].title.classes");

    public override int MinimumMatched => 8;

    public override Task<string> RenderAsync(JsonObject options)
    {
        var helper = new GovukTaskListTagHelper
        {
            Items = [.. options.Objs("items").Select(item =>
            {
                var status = item.Obj("status");
                var tag = status.Obj("tag");
                return new GovukTaskListItem(item.Obj("title").Str("text") ?? string.Empty, tag.Str("text") ?? status.Str("text") ?? string.Empty, item.Str("href"))
                {
                    Hint = item.Obj("hint").Str("text"),
                    StatusIsTag = tag is not null,
                    StatusTagClass = tag.Str("classes"),
                    StatusClass = status.Str("classes"),
                    Class = item.Str("classes"),
                    TitleClass = item.Obj("title").Str("classes"),
                };
            })],
        };
        if (options.Str("idPrefix") is { } idPrefix)
        {
            helper.IdPrefix = idPrefix;
        }

        return TagHelperRendering.RenderAsync(helper, TagName, RootAttributes(options));
    }
}
