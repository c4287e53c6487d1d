using System.Data.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Admin;

/// <summary>
/// `coproduce admin remove EMAIL`: takes site admin away from the person who signs in with that address. Exit 0 when
/// they are no longer one (or never were), 1 when Core refused (the last site admin, an unknown address; nothing
/// changed), 2 for bad arguments or a database that can't be reached.
/// </summary>
internal static class AdminRemoveCommand
{
    public const string Usage = "admin remove EMAIL " + DatabaseArguments.Usage;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync("admin remove needs the email address of the site admin, e.g. coproduce admin remove you@example.org.");
            await error.WriteLineAsync("Usage: coproduce " + Usage);
            return 2;
        }

        var email = args[0];
        var (options, problem) = DatabaseArguments.Parse(args[1..]);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        await using var services = new ServiceCollection().AddCoproduceCore(options, Directory.GetCurrentDirectory()).BuildServiceProvider();
        try
        {
            await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
            var removed = await services.GetRequiredService<SiteAdminService>().RemoveAsync(email);
            if (!removed.Succeeded)
            {
                await AdminOutput.WriteRefusalAsync(error, removed.Errors);
                return 1;
            }

            await output.WriteLineAsync(removed.Value switch
            {
                SiteAdminRemoval.Removed => $"{email} is no longer a site admin.",
                SiteAdminRemoval.WasNotSiteAdmin => $"{email} is not a site admin; nothing changed.",
                _ => throw new ArgumentOutOfRangeException(nameof(args), removed.Value, null),
            });
            return 0;
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            await error.WriteLineAsync($"Could not reach the database: {exception.Message}");
            return 2;
        }
    }
}
