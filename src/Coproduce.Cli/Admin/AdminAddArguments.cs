using Coproduce.Core.People;

namespace Coproduce.Cli.Admin;

/// <summary>`admin add`'s own arguments: the email address, --name, --language and --site-url; the rest are the database's.</summary>
/// <param name="Email">The address they sign in with.</param>
/// <param name="Name">A new person's name, if given.</param>
/// <param name="Language">A new person's language, if given (English otherwise).</param>
/// <param name="Site">Where the web app is served, for the link.</param>
/// <param name="DatabaseArguments">The rest, for <see cref="Cli.DatabaseArguments"/>.</param>
internal sealed record AdminAddArguments(string Email, string? Name, Language? Language, SiteAddress Site, string[] DatabaseArguments)
{
    public const string Usage = "admin add EMAIL [--name NAME] [--language en|cy] [--site-url URL] " + Cli.DatabaseArguments.Usage;

    public static (AdminAddArguments? Arguments, string? Problem) Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return (null, "admin add needs the email address they will sign in with, e.g. coproduce admin add you@example.org.");
        }

        string? name = null;
        Language? language = null;
        var site = SiteAddress.Parse(SiteAddress.Default)!;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--name" when !string.IsNullOrWhiteSpace(value):
                    name = value;
                    i++;
                    break;
                case "--name":
                    return (null, "--name needs the name they want to be called by, e.g. --name \"Siân Evans\".");
                case "--language" when LanguageCultures.FromCode(value) is { } chosen:
                    language = chosen;
                    i++;
                    break;
                case "--language":
                    return (null, $"--language needs en or cy; got {Shown(value)}.");
                case "--site-url" when value is not null && SiteAddress.Parse(value) is { } address:
                    site = address;
                    i++;
                    break;
                case "--site-url":
                    return (null, $"--site-url needs the address people open the site at, e.g. https://coproduce.example.org; got {Shown(value)}.");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return (new AdminAddArguments(args[0], name, language, site, [.. rest]), null);
    }

    private static string Shown(string? value) => value is null ? "nothing" : $"'{value}'";
}
