namespace Coproduce.Core.Data;

/// <summary>Which database the installation uses, from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Database";

    /// <summary>SQLite (the default: one file, no set-up) or Postgres (for several app servers).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string. Required for Postgres; for SQLite, defaults to a file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives, created on first start. Relative paths are from the app's content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The SQLite connection string to use when none is configured.</summary>
    public string SqliteConnectionString(string contentRoot)
    {
        var folder = Path.GetFullPath(DataFolder, contentRoot);
        return $"Data Source={Path.Combine(folder, "coproduce.db")};Pooling=True;Default Timeout=30";
    }
}

/// <summary>The databases Coproduce runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: one machine.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL server: one or several app servers.</summary>
    Postgres = 2,
}
