using System.Data.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Admin;

/// <summary>
/// `coproduce admin list`: every site admin, with whether they can sign in, so an operator can see who runs the site
/// and who still has a password to choose. Exit 0, or 2 when the database can't be read. It never writes.
/// </summary>
internal static class AdminListCommand
{
    public const string Usage = "admin list " + DatabaseArguments.Usage;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (options, problem) = DatabaseArguments.Parse(args);
        if (options is null)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        await using var services = new ServiceCollection().AddCoproduceCore(options, Directory.GetCurrentDirectory()).BuildServiceProvider();
        IReadOnlyList<SiteAdmin> admins;
        try
        {
            admins = await services.GetRequiredService<SiteAdminService>().ListAsync();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Could not read the site admins: {exception.Message}");
            return 2;
        }

        if (admins.Count == 0)
        {
            await output.WriteLineAsync("There are no site admins. Make the first with: coproduce admin add EMAIL");
            return 0;
        }

        await output.WriteLineAsync($"Site admins: {admins.Count}");
        foreach (var admin in admins)
        {
            await output.WriteLineAsync($"  {admin.Name} <{admin.Email ?? "no email address"}>: {SignIn(admin)}");
        }

        return 0;
    }

    private static string SignIn(SiteAdmin admin) => admin switch
    {
        { HasLogin: false } => "no login, so can't sign in",
        { EmailConfirmed: false } => "email address not confirmed, so can't sign in yet",
        { HasPassword: true } => "password set, can sign in",
        { HasPasskey: true } => "no password but a passkey, can sign in",
        _ => "no password yet, so can't sign in (admin add prints a new link to choose one)",
    };
}
