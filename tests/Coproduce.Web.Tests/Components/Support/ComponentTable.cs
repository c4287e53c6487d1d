namespace Coproduce.Web.Tests.Components.Support;

/// <summary>The table of fixture counts in docs/components.md, which the fixture test keeps true.</summary>
internal static class ComponentTable
{
    public static string Row(string component, string tagName, int matched, int cantExpress, int total) =>
        $"| {component} | `<{tagName}>` | {matched} | {cantExpress} | {total} |";

    public static IReadOnlySet<string> Documented { get; } = Read();

    private static HashSet<string> Read()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, "docs", "components.md");
            if (File.Exists(file))
            {
                return [.. File.ReadAllLines(file).Select(line => line.Trim())];
            }
        }

        return [];
    }
}
