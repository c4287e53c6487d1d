using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages;

/// <summary>The account forms as a browser posts them: bad input, the happy path through the outbox, lockout, limits.</summary>
public partial class AccountFormTests
{
    [Theory]
    [InlineData("/account/register", "There is a problem", "Enter a name")]
    [InlineData("/cy/account/register", "Mae problem wedi codi", "Rhowch enw")]
    public async Task An_empty_registration_shows_every_problem_in_the_pages_language_and_saves_nothing(string path, string title, string nameError)
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var before = await CountAsync(app, db => db.Users);

        using var response = await browser.PostFormAsync(path, [new("Input.Name", " "), new("Input.Email", ""), new("Input.Password", "")]);
        var html = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h2 class=\"govuk-error-summary__title\">{title}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#Input_Name\">{nameError}</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Email\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Password\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Language\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app, db => db.Users));
    }

    [Fact]
    public async Task A_taken_email_or_a_short_password_is_refused_and_no_person_is_left_behind()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var people = await CountAsync(app, db => db.People);

        using var taken = await browser.PostFormAsync("/account/register", Registration("megan@coproduce.test", "a long enough password"));
        using var shortPassword = await browser.PostFormAsync("/account/register", Registration("new@coproduce.test", "short"));

        Assert.Contains("An account with this email address already exists", await taken.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Your password must be at least 10 characters long", await shortPassword.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(people, await CountAsync(app, db => db.People));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Registering_in_Welsh_sends_a_Welsh_confirmation_through_the_outbox_and_the_link_lets_them_sign_in(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        using var browser = app.CreateBrowser();

        using var registered = await browser.PostFormAsync("/cy/account/register",
            Registration("nia@coproduce.test", "tri gair ar hap", language: "cy"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/cy/account/check-your-email", registered.Headers.Location?.OriginalString);

        // Not confirmed yet: signing in says so, and offers the email again.
        using var early = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "nia@coproduce.test"), new("Input.Password", "tri gair ar hap")]);
        Assert.Contains("You need to confirm your email address", await early.ReadHtmlAsync(), StringComparison.Ordinal);

        var message = Assert.Single((await app.Services.GetRequiredService<Outbox>().ReadPageAsync(1, 50, cancellationToken: TestContext.Current.CancellationToken))
            .Messages, m => m.To == "nia@coproduce.test");
        Assert.Equal("cy", message.Language);
        var link = ConfirmationLink().Match(message.Body);
        Assert.True(link.Success, message.Body);
        Assert.StartsWith("/cy/account/confirm-email", link.Groups["path"].Value, StringComparison.Ordinal);

        var confirmed = await browser.GetHtmlAsync(link.Groups["path"].Value);
        Assert.Contains("Mae eich cyfeiriad e-bost wedi", System.Net.WebUtility.HtmlDecode(confirmed), StringComparison.Ordinal);
        await browser.SignInAsync("nia@coproduce.test", "tri gair ar hap");
        Assert.Contains("Helo, Nia Rees", System.Net.WebUtility.HtmlDecode(await browser.GetHtmlAsync("/cy/dashboard")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_that_was_tampered_with_confirms_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        using var registered = await browser.PostFormAsync("/account/register", Registration("nia@coproduce.test", "tri gair ar hap"));
        var userId = await app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContext()
            .Users.Where(u => u.Email == "nia@coproduce.test").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);

        var html = System.Net.WebUtility.HtmlDecode(await browser.GetHtmlAsync($"/account/confirm-email?userId={userId}&code=not-a-code"));

        Assert.Contains("We couldn't confirm your email address", html, StringComparison.Ordinal);
        Assert.False(await app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContext()
            .Users.Where(u => u.Id == userId).Select(u => u.EmailConfirmed).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "megan@coproduce.test"), new("Input.Password", "guess " + attempt)]);
            Assert.Contains("The email address or password is not right", await wrong.ReadHtmlAsync(), StringComparison.Ordinal);
        }

        using var fifth = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "megan@coproduce.test"), new("Input.Password", "guess 5")]);
        using var right = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "megan@coproduce.test"), new("Input.Password", Core.Demo.DemoCommunity.Password)]);

        Assert.Equal("/account/locked", fifth.Headers.Location?.OriginalString);
        Assert.Equal("/account/locked", right.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_page_saying_wait_not_an_error()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "3" });
        using var browser = app.CreateBrowser();
        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            responses.Add(await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "nobody@coproduce.test"), new("Input.Password", "whatever it is")]));
        }

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[3].StatusCode);
        Assert.Contains("Too many attempts", await responses[3].ReadHtmlAsync(), StringComparison.Ordinal);
        // Reading the page is never limited.
        Assert.Contains("Sign in", await browser.GetHtmlAsync("/account/sign-in"), StringComparison.Ordinal);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_a_page_and_saves_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var before = await CountAsync(app, db => db.Users);
        using var form = new FormUrlEncodedContent(Registration("forged@coproduce.test", "a long enough password"));

        using var response = await browser.PostAsync(new Uri("/account/register", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your form could not be sent", await response.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app, db => db.Users));
    }

    [Fact]
    public async Task A_signed_in_browser_cookie_is_not_an_API_token()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("gareth@coproduce.test");

        using var response = await browser.GetAsync(new Uri("/api/v1/organisation", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static KeyValuePair<string, string>[] Registration(string email, string password, string language = "en") =>
        [new("Input.Name", "Nia Rees"), new("Input.Email", email), new("Input.Password", password), new("Input.Language", language)];

    private static async Task<int> CountAsync<T>(CoproduceWebApp app, Func<CoproduceDbContext, IQueryable<T>> rows)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await rows(db).CountAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/\S+)")]
    private static partial Regex ConfirmationLink();
}
