using System.Net;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages;

/// <summary>
/// The first site admin of a real installation (started with --no-demo), made as `coproduce admin add` makes them:
/// a login without a password, and a link to the reset-password page built by <see cref="AccountLinks"/>.
/// </summary>
public class SiteAdminSignInTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_new_site_admin_chooses_a_password_from_the_link_signs_in_and_sees_the_command_line_in_their_history(TestProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var app = await CoproduceWebApp.StartAsync(provider, new Dictionary<string, string> { ["Demo:Enabled"] = "false" });
        var added = await app.Services.GetRequiredService<SiteAdminService>().AddAsync("ffion@example.org", "Ffion Hughes", Language.Welsh, cancellation);
        Assert.Equal(SiteAdminAddition.Created, added.Value!.What);
        string link;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = await users.FindByIdAsync(added.Value.UserId.ToString());
            Assert.NotNull(user);
            link = "/cy" + AccountLinks.ResetPassword(user.Id, await users.GeneratePasswordResetTokenAsync(user));
        }

        using var browser = app.CreateBrowser();
        using (var refused = await browser.PostFormAsync("/account/sign-in", [new("Input.Email", "ffion@example.org"), new("Input.Password", "tri gair ar hap")]))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        }

        using (var reset = await browser.PostFormAsync(link, [new("Input.Password", "tri gair ar hap")]))
        {
            Assert.Contains("Mae eich cyfrinair wedi'i newid", await reset.ReadHtmlAsync(), StringComparison.Ordinal);
        }

        await browser.SignInAsync("ffion@example.org", "tri gair ar hap");
        using (var outbox = await browser.GetAsync(new Uri("/admin/outbox", UriKind.Relative), cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
        }

        var profile = WebUtility.HtmlDecode(await browser.GetHtmlAsync("/profile"));
        Assert.Contains("Made a site admin", profile, StringComparison.Ordinal);
        Assert.Contains("By the command line, ", profile, StringComparison.Ordinal);
    }
}
