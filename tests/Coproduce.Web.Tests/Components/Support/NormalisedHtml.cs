using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Coproduce.Web.Tests.Components.Support;

/// <summary>
/// HTML as a browser would read it, written out so that two renderings compare equal when only their formatting
/// differs: whitespace runs collapse to one space (and vanish between elements), attributes are sorted by name, the
/// classes in a class attribute are sorted, comments are dropped. Everything else (tags, nesting, ids, aria, text,
/// attribute values) must be the same. One element a line, indented, so a failing comparison reads as a diff.
/// </summary>
internal static partial class NormalisedHtml
{
    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument(string.Empty);
        var nodes = Parser.ParseFragment(html, document.Body!);
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(node, 0, text);
        }

        return text.ToString();
    }

    private static void Write(INode node, int depth, StringBuilder text)
    {
        switch (node)
        {
            case IElement element:
                text.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', Whitespace().Split(attribute.Value.Trim()).Where(c => c.Length > 0).Order(StringComparer.Ordinal))
                        : attribute.Value;
                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                text.Append(">\n");
                foreach (var child in element.ChildNodes)
                {
                    Write(child, depth + 1, text);
                }

                break;
            case IText textNode:
                var collapsed = Whitespace().Replace(textNode.Data, " ").Trim();
                if (collapsed.Length > 0)
                {
                    text.Append(' ', depth * 2).Append(collapsed).Append('\n');
                }

                break;
            default:
                // Comments and the like carry no meaning for the page.
                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
