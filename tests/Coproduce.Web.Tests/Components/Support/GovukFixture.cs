using System.Text.Json.Nodes;

namespace Coproduce.Web.Tests.Components.Support;

/// <summary>
/// One of govuk-frontend's own examples of a component: the Nunjucks macro's options and the HTML it renders. They come
/// from the npm package the app builds its styles from, so the tests follow whatever version package.json names.
/// </summary>
internal sealed record GovukFixture(string Component, string Name, JsonObject Options, string Html)
{
    public static IReadOnlyList<GovukFixture> For(string component)
    {
        var file = Path.Combine(ComponentsFolder, component, "fixtures.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        return [.. json["fixtures"]!.AsArray().Select(fixture => new GovukFixture(
            component,
            fixture!["name"]!.GetValue<string>(),
            fixture["options"]!.AsObject(),
            fixture["html"]!.GetValue<string>()))];
    }

    /// <summary>
    /// Every option the fixture sets, as a path ("label.text", "items[].hint.text"). An <c>attributes</c> object is one
    /// option: its keys are free-form HTML attributes, not macro parameters; so is <c>values</c>, keyed by field names.
    /// </summary>
    public IReadOnlySet<string> OptionPaths()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(Options, string.Empty, paths);
        return paths;
    }

    private static void Walk(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, path + "[]", paths);
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    paths.Add(child);
                    if (key is not ("attributes" or "values") && !key.EndsWith("Attributes", StringComparison.Ordinal))
                    {
                        Walk(value, child, paths);
                    }
                }

                break;
            default:
                break;
        }
    }

    private static string ComponentsFolder { get; } = FindComponentsFolder();

    private static string FindComponentsFolder()
    {
        const string relative = "src/Coproduce.Web/frontend/node_modules/govuk-frontend/dist/govuk/components";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No govuk-frontend fixtures above {AppContext.BaseDirectory}: run `npm ci --ignore-scripts` in src/Coproduce.Web/frontend (a dotnet build of Coproduce.Web does it).");
    }
}
