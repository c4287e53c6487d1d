using System.Text.RegularExpressions;
using Coproduce.Core.Demo;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Coproduce.Browser.Tests.Support;

/// <summary>What the browser tests do over and over: sign in through the real form, and ask axe-core about a page.</summary>
internal static partial class Browsing
{
    /// <summary>Signs in through the sign-in form, as a person would, and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, Uri address, string email, string password = DemoCommunity.Password)
    {
        await page.GotoAsync(new Uri(address, "/account/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/dashboard$"));
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="address"/> and its document has loaded. Not
    /// WaitForURLAsync: once the address matches, that checks whether "load" has come and only then starts listening
    /// for it, and the event can arrive in between and be lost (microsoft/playwright-dotnet#3364; seen here in CI as
    /// a 90 s timeout). Both waits here poll, so nothing can slip past them.
    /// </summary>
    public static async Task WaitForAddressAsync(IPage page, Regex address)
    {
        // As patient as the pages' own timeouts: the machine may be busy with other test modules.
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 90_000 });
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
    }

    /// <summary>axe-core's violations on the page as it is now, one line each, naming the page and the elements.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page, string label)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {label}.");
        return [.. result.Violations.Select(v =>
            $"{label}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")];
    }

    /// <summary>Fails with axe-core's findings if the page as it is now has any.</summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var violations = await AxeViolationsAsync(page, new Uri(page.Url).PathAndQuery);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Presses Tab until the focused element has this id or accessible text; fails if 60 presses don't reach it.</summary>
    public static async Task TabToAsync(IPage page, string idOrText)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var (id, text) = (await ActiveIdAsync(page), await page.EvaluateAsync<string>("(document.activeElement.innerText || '').replace(/\\s+/g, ' ').trim()"));
            if (id == idOrText || text == idOrText)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached \"{idOrText}\" on {page.Url}.");
    }

    /// <summary>The id of the element that has the focus.</summary>
    public static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement.id");

    /// <summary>A path with its language prefix taken off and ids replaced, so /cy/organisations/1b2c… is /organisations/{id}.</summary>
    public static string RouteOf(string pathAndQuery)
    {
        var path = pathAndQuery.Split('?')[0];
        var query = pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        path = path == "/cy" ? "/" : path.StartsWith("/cy/", StringComparison.Ordinal) ? path[3..] : path;
        path = Guid().Replace(path, "{id}");
        path = BookingReference().Replace(path, "/bookings/{reference}");
        var names = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return query.Length == 0 ? path : path + "?" + string.Join("&", names.Select(n => n + "=…"));
    }

    /// <summary>The Welsh address of an English path.</summary>
    public static string Welsh(string englishPathAndQuery) => englishPathAndQuery == "/" ? "/cy" : "/cy" + englishPathAndQuery;

    /// <summary>The English address of a path in either language.</summary>
    public static string English(string pathAndQuery) =>
        pathAndQuery == "/cy" ? "/" : pathAndQuery.StartsWith("/cy/", StringComparison.Ordinal) ? pathAndQuery[3..] : pathAndQuery;

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    // A transport booking's reference, like K7P-3MX, stands for its booking as an id does.
    [GeneratedRegex("/bookings/[A-Z3-9]{3}-[A-Z3-9]{3}")]
    private static partial Regex BookingReference();
}
