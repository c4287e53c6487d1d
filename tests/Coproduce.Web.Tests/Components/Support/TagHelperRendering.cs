using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Coproduce.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Tests.Components.Support;

/// <summary>
/// Runs a tag helper the way Razor does: bound attributes are already set on the helper, the rest are the output's
/// attributes, and the element's content is what <see cref="TagHelperOutput.GetChildContentAsync()"/> gives.
/// </summary>
internal static class TagHelperRendering
{
    private static readonly IModelMetadataProvider Metadata = new EmptyModelMetadataProvider();

    /// <summary>The app's own English and Welsh text, read in the current UI culture as the pages read it.</summary>
    public static IStringLocalizer<SharedResource> Text { get; } = new SiteText();

    public static async Task<string> RenderAsync(
        TagHelper helper, string tagName, IEnumerable<KeyValuePair<string, object?>>? attributes = null, string? childHtml = null)
    {
        ArgumentNullException.ThrowIfNull(helper);
        var unbound = new TagHelperAttributeList();
        foreach (var (name, value) in attributes ?? [])
        {
            unbound.Add(name, value);
        }

        var context = new TagHelperContext(tagName, new TagHelperAttributeList(unbound), new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, unbound, (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(childHtml ?? string.Empty)));
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        await using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>A view with no model state yet; add errors to <see cref="ViewContext.ViewData"/>'s ModelState.</summary>
    public static ViewContext View() => new()
    {
        HttpContext = new DefaultHttpContext(),
        ViewData = new ViewDataDictionary(Metadata, new ModelStateDictionary()),
    };

    /// <summary>What <c>asp-for</c> gives a helper for a field called <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public static ModelExpression Field<T>(string name, T value) => new(name, Metadata.GetModelExplorerForType(typeof(T), value));
}
