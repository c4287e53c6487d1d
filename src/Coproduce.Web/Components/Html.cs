using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Coproduce.Web.Components;

/// <summary>Text into HTML: every piece of text a component writes goes through here.</summary>
internal static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>Markup the page built (with Razor's <c>@&lt;text&gt;</c> or an HtmlString), written as it is.</summary>
    public static string Of(IHtmlContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>The page's markup when it gave some, otherwise its text, encoded.</summary>
    public static string Of(IHtmlContent? html, string? text) => html is null ? Encode(text) : Of(html);

    /// <summary>A class attribute's value: the GOV.UK classes, then any of the page's own.</summary>
    public static string Classes(string govukClasses, string? pageClasses) =>
        string.IsNullOrWhiteSpace(pageClasses) ? govukClasses : $"{govukClasses} {Encode(pageClasses)}";

    /// <summary>An attribute with a leading space, or nothing when there is no value.</summary>
    public static string Attribute(string name, string? value) => value is null ? string.Empty : $" {name}=\"{Encode(value)}\"";
}
