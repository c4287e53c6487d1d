using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.Demo;

namespace Coproduce.Web.Tests.Support;

/// <summary>Posts forms as a browser does: fetch the page, take its antiforgery token, send the fields with it.</summary>
public static partial class FormBrowser
{
    public static async Task<string> GetHtmlAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    /// <summary>Fills in the form on <paramref name="path"/> and posts it (to <paramref name="action"/> if the form posts elsewhere).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path, IEnumerable<KeyValuePair<string, string>> fields,
        string? action = null)
    {
        var html = await browser.GetHtmlAsync(path);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{path} has no antiforgery token");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
        return await browser.PostAsync(new Uri(action ?? path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<string> ReadHtmlAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public static async Task SignInAsync(this HttpClient browser, string email, string password = DemoCommunity.Password)
    {
        using var response = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var summary = Regex.Match(await response.ReadHtmlAsync(), "govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
            Assert.Fail($"signing in as {email}: {(int)response.StatusCode} {summary}");
        }

        // The dashboard, in the language the person chose (Siân and Mair read Welsh).
        Assert.Matches("^(/cy)?/dashboard$", response.Headers.Location?.OriginalString ?? string.Empty);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
