using System.Net;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Security;

/// <summary>Each form's posts are counted in their own bucket, so using up one form never locks someone out of another.</summary>
public class RateLimitTests
{
    [Fact]
    public async Task Using_up_one_forms_limit_leaves_every_other_form_open()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string>
        {
            ["RateLimits:SignInPerMinute"] = "2",
            ["RateLimits:RegistrationsPerHour"] = "2",
            ["RateLimits:PostsPerMinute"] = "2",
        });
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        using var visitor = app.CreateBrowser();
        var timebank = await app.Db(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id)));
        KeyValuePair<string, string>[] wrongPassword = [new("Input.Email", "nobody@coproduce.test"), new("Input.Password", "not it at all")];
        KeyValuePair<string, string>[] profile = [new("Input.Name", "Megan Price"), new("Input.Language", "en"), new("Input.Email", "megan@coproduce.test")];

        // Signing in (Megan's own sign-in was the first of two), then the profile form, twice each: both used up.
        var signIn = await StatusesAsync(visitor, "/account/sign-in", wrongPassword, 2);
        var profileEdits = await StatusesAsync(megan, "/profile/edit", profile, 3);
        var forgotten = await StatusesAsync(visitor, "/account/forgot-password", [new("Input.Email", "nobody@coproduce.test")], 3);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], signIn);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], profileEdits);
        Assert.Equal(HttpStatusCode.TooManyRequests, forgotten[^1]);
        // Every other form still answers: another of the sign-in forms, another signed-in form, the registration form.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await StatusesAsync(megan, "/account/security/password", [new("Input.CurrentPassword", "")], 1))[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await StatusesAsync(megan, $"/organisations/{timebank}/join", [], 1))[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await StatusesAsync(visitor, "/account/register", [new("Input.Name", "")], 1))[0]);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient browser, string path, KeyValuePair<string, string>[] fields, int posts)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < posts; i++)
        {
            using var response = await browser.PostFormAsync(path, fields);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
