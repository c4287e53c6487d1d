using Coproduce.Core.Data;

namespace Coproduce.Cli;

/// <summary>
/// Which database a command works on: the same settings as the web app, from environment variables
/// (Database__Provider, Database__ConnectionString, Database__DataFolder), overridden by
/// --provider sqlite|postgres, --connection CS and --data-folder DIR.
/// </summary>
internal static class DatabaseArguments
{
    public const string Usage = "[--provider sqlite|postgres] [--connection CS] [--data-folder DIR]";

    /// <summary>
    /// The options, or an error message for the person at the keyboard. A SQLite file must be there already unless
    /// <paramref name="mayCreate"/> (a command that makes a database, such as seed, may start from an empty folder).
    /// </summary>
    public static (DatabaseOptions? Options, string? Error) Parse(string[] args, bool mayCreate = false)
    {
        var options = new DatabaseOptions
        {
            ConnectionString = Environment.GetEnvironmentVariable("Database__ConnectionString"),
            DataFolder = Environment.GetEnvironmentVariable("Database__DataFolder") ?? "data",
        };
        var provider = Environment.GetEnvironmentVariable("Database__Provider");

        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--provider" when value is not null:
                    provider = value;
                    i++;
                    break;
                case "--connection" when value is not null:
                    options.ConnectionString = value;
                    i++;
                    break;
                case "--data-folder" when value is not null:
                    options.DataFolder = value;
                    i++;
                    break;
                default:
                    return (null, $"Unexpected argument '{args[i]}'. Expected {Usage}.");
            }
        }

        if (provider is not null)
        {
            if (!Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return (null, $"Unknown provider '{provider}': use sqlite or postgres.");
            }

            options.Provider = parsed;
        }

        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return (null, "PostgreSQL needs a connection string: --connection \"Host=...;Database=...;Username=...\".");
        }

        if (!mayCreate && options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString)
            && !File.Exists(Path.Combine(Path.GetFullPath(options.DataFolder), "coproduce.db")))
        {
            return (null, $"There is no database in '{Path.GetFullPath(options.DataFolder)}'. Use --data-folder to say where it is (the web app keeps it in src/Coproduce.Web/data).");
        }

        return (options, null);
    }
}
