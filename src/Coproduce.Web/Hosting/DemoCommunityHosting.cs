using Coproduce.Core.Demo;

namespace Coproduce.Web.Hosting;

/// <summary>Seeds the demo community on first start, unless `--no-demo` or Demo:Enabled=false says not to.</summary>
internal static class DemoCommunityHosting
{
    private const string NoDemoSwitch = "--no-demo";

    /// <summary>Turns `--no-demo` into the setting Demo:Enabled=false (configuration's command line wants key=value).</summary>
    public static string[] ReadNoDemoSwitch(string[] args) =>
        [.. args.Select(a => string.Equals(a, NoDemoSwitch, StringComparison.OrdinalIgnoreCase) ? "--Demo:Enabled=false" : a)];

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Demo:Enabled", defaultValue: true);

    public static async Task SeedDemoCommunityAsync(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration))
        {
            return;
        }

        var seeded = await app.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
        if (seeded)
        {
            app.Logger.LogInformation("Seeded the demo community into an empty database; start with --no-demo to leave a new database empty.");
        }
    }
}
