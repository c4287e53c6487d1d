using System.Text.Json.Nodes;

namespace Coproduce.Web.Tests.Components.Support;

/// <summary>
/// How one tag helper is driven from govuk-frontend's fixtures for its component.
/// <para>
/// The rule for "can't express": a tag helper supports a list of the macro's options (<see cref="SupportedOptions"/>,
/// as paths like "items[].hint.text"). A fixture that sets any other option is one the tag helper can't express, and
/// so is one that <see cref="CantExpressValue"/> refuses for a stated reason (a value the helper has no way to say).
/// Every other fixture must render the same HTML.
/// </para>
/// </summary>
internal abstract class ComponentFixtures
{
    /// <summary>The component's folder in govuk-frontend, e.g. "summary-list".</summary>
    public abstract string Component { get; }

    /// <summary>The tag helper, as a page names it.</summary>
    public abstract string TagName { get; }

    public abstract IReadOnlySet<string> SupportedOptions { get; }

    /// <summary>
    /// How many fixtures must match, at least: the count when the helper was last widened, so the test can't quietly
    /// pass by supporting less.
    /// </summary>
    public abstract int MinimumMatched { get; }

    public abstract Task<string> RenderAsync(JsonObject options);

    /// <summary>Why the helper can't express this fixture's values, when its options alone don't say so.</summary>
    protected virtual string? CantExpressValue(JsonObject options) => null;

    public string? CantExpress(GovukFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var unsupported = fixture.OptionPaths().Where(path => !SupportedOptions.Contains(path)).ToList();
        if (unsupported.Count > 0)
        {
            return "options " + string.Join(", ", unsupported);
        }

        // Nunjucks skips null, false and "" in a list of items; a C# list has no such holes to skip.
        return HasEmptyItem(fixture.Options) ? "a list holds empty items (null, false or \"\")" : CantExpressValue(fixture.Options);
    }

    private static bool HasEmptyItem(JsonNode? node) => node switch
    {
        JsonArray array => array.Any(IsEmpty) || array.Any(HasEmptyItem),
        JsonObject obj => obj.Any(pair => pair.Key != "attributes" && HasEmptyItem(pair.Value)),
        _ => false,
    };

    private static bool IsEmpty(JsonNode? item) => item switch
    {
        null => true,
        JsonValue value when value.TryGetValue<bool>(out var flag) => !flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length == 0,
        _ => false,
    };

    protected static IReadOnlySet<string> Options(params string[] paths) => new HashSet<string>(paths, StringComparer.Ordinal);

    /// <summary>A fixture's <c>attributes</c> (and <c>classes</c>, as class) become the element's own HTML attributes.</summary>
    protected static List<KeyValuePair<string, object?>> RootAttributes(JsonObject options, string classesKey = "classes", string attributesKey = "attributes")
    {
        ArgumentNullException.ThrowIfNull(options);
        var attributes = new List<KeyValuePair<string, object?>>();
        if (options.Str(classesKey) is { } classes)
        {
            attributes.Add(new("class", classes));
        }

        if (options[attributesKey] is JsonObject extra)
        {
            foreach (var (name, value) in extra)
            {
                attributes.Add(new(name, value?.ToString()));
            }
        }

        return attributes;
    }

    /// <summary>
    /// The text of an option the helper takes as plain text (an attribute): its *Text option, or its *Html option
    /// when that holds no markup, for then the two mean the same.
    /// </summary>
    protected static string? PlainText(JsonObject? options, string textKey, string htmlKey) =>
        options?.Str(htmlKey) is { } html && !HasMarkup(html) ? html : options?.Str(textKey);

    /// <summary>The reason a fixture can't be expressed when an option the helper takes as text is given as markup.</summary>
    protected static string? MarkupIn(JsonObject? options, params string[] htmlKeys) =>
        htmlKeys.FirstOrDefault(key => options?.Str(key) is { } html && HasMarkup(html)) is { } found
            ? $"{found} holds markup, and the helper takes it as text"
            : null;

    private static bool HasMarkup(string html) => html.Contains('<', StringComparison.Ordinal) || html.Contains('&', StringComparison.Ordinal);

    /// <summary>A fixture's text or html, as the element's content: Razor encodes text, so text is encoded here.</summary>
    protected static string? Content(JsonObject? options, string textKey = "text", string htmlKey = "html") =>
        options?.Str(htmlKey) ?? (options?.Str(textKey) is { } text ? System.Net.WebUtility.HtmlEncode(text) : null);
}

internal static class FixtureOptions
{
    public static string? Str(this JsonObject? options, string key) => options?[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToString(),
        _ => null,
    };

    public static bool Bool(this JsonObject? options, string key) =>
        options?[key] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static JsonObject? Obj(this JsonObject? options, string key) => options?[key] as JsonObject;

    public static IEnumerable<JsonObject> Objs(this JsonObject? options, string key) =>
        options?[key] is JsonArray array ? array.OfType<JsonObject>() : [];
}
