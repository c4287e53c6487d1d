using System.Data.Common;
using System.Globalization;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Admin;

/// <summary>
/// `coproduce admin add EMAIL`: makes the login with that address a site admin, or makes a new person and login as one
/// and prints a link for them to choose a password (the first site admin of a new installation has no other way in).
/// Exit 0 when they are a site admin (already, or now), 1 when Core refused (nothing changed), 2 for bad arguments or
/// a database that can't be reached.
/// </summary>
internal static class AdminAddCommand
{
    public const string Usage = AdminAddArguments.Usage;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (arguments, argumentProblem) = AdminAddArguments.Parse(args);
        if (arguments is null)
        {
            await error.WriteLineAsync(argumentProblem);
            await error.WriteLineAsync("Usage: coproduce " + Usage);
            return 2;
        }

        var (options, problem) = DatabaseArguments.Parse(arguments.DatabaseArguments);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        await using var services = new ServiceCollection()
            .AddCoproduceCore(options, Directory.GetCurrentDirectory())
            .AddPasswordLinks()
            .BuildServiceProvider();
        try
        {
            await DatabaseInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());
            var added = await services.GetRequiredService<SiteAdminService>()
                .AddAsync(arguments.Email, arguments.Name, arguments.Language ?? Language.English);
            if (!added.Succeeded)
            {
                await AdminOutput.WriteRefusalAsync(error, added.Errors);
                return 1;
            }

            await ReportAsync(output, error, arguments, added.Value);
            if (!added.Value.HasPassword)
            {
                var link = await PasswordLinks.CreateAsync(services, added.Value, arguments.Site);
                var hours = AccountSettings.LinkLifespan.TotalHours.ToString("0", CultureInfo.InvariantCulture);
                await output.WriteLineAsync($"They have no password yet. Give them this link to choose one; it works once, for {hours} hours:");
                await output.WriteLineAsync("  " + link);
                await output.WriteLineAsync($"Then they sign in with {added.Value.Email}. For a new link later, run admin add again.");
            }

            return 0;
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            await error.WriteLineAsync($"Could not reach the database: {exception.Message}");
            return 2;
        }
    }

    private static async Task ReportAsync(TextWriter output, TextWriter error, AdminAddArguments arguments, SiteAdminAdded added)
    {
        var who = $"{added.Name} <{added.Email}>";
        await output.WriteLineAsync(added.What switch
        {
            SiteAdminAddition.Created => $"Made {who} a site admin, with a new login.",
            SiteAdminAddition.Promoted => $"{who} is now a site admin.",
            SiteAdminAddition.AlreadySiteAdmin => $"{who} is a site admin already; nothing changed.",
            _ => throw new ArgumentOutOfRangeException(nameof(added), added.What, null),
        });
        if (added.What != SiteAdminAddition.Created && (arguments.Name is not null || arguments.Language is not null))
        {
            await error.WriteLineAsync("--name and --language are only for a new login; their own were kept.");
        }
    }
}
