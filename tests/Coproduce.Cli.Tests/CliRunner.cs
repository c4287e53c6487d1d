using Coproduce.Core.Data;

namespace Coproduce.Cli.Tests;

/// <summary>Runs `coproduce` in this process, as its Program does, and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>The command-line options that point `coproduce` at a test database.</summary>
    public static string[] DatabaseArguments(DatabaseOptions options) => options.Provider == DatabaseProvider.Sqlite
        ? ["--provider", "sqlite", "--data-folder", options.DataFolder]
        : ["--provider", "postgres", "--connection", options.ConnectionString!];

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await CommandTable.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
