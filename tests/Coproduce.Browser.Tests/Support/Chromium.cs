using Microsoft.Playwright;

namespace Coproduce.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright; never a downloaded browser. Skipped with the reason when /usr/bin/chromium
/// is missing, and failed instead when COPRODUCE_REQUIRE_ALL=1 (test.sh installs it).
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private const string ExecutablePath = "/usr/bin/chromium";

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            const string reason = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium; ./test.sh does it).";
            if (TestEnvironment.RequireAll)
            {
                Assert.Fail(reason + " COPRODUCE_REQUIRE_ALL=1, so this is a failure, not a skip.");
            }

            Assert.Skip(reason);
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // This machine's network is closed: without these, Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A new page. The machine may be busy with other test modules, so it waits longer than Playwright's 30 s.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }

    /// <summary>A new browser context (its own cookies, as a separate person's browser) with the same patient timeouts.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync();
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}
