using Coproduce.Core.Notifications;
using Coproduce.Core.Transport;
using Coproduce.Web.Api;
using Coproduce.Web.Health;
using Coproduce.Web.Hosting;
using Coproduce.Web.Identity;
using Coproduce.Web.Localization;
using Coproduce.Web.Security;

var builder = WebApplication.CreateBuilder(DemoCommunityHosting.ReadNoDemoSwitch(args));
builder.AddCoproduceDatabase();
builder.Services.AddSharedDataProtection();
builder.Services.AddCoproduceLocalization();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.ConfigureTransportPlanning(builder.Configuration);
builder.Services.AddCoproduceIdentity();
builder.Services.AddAccessPolicies();
builder.Services.AddCounterSignIn();
builder.Services.AddCoproduceCookies();
builder.Services.AddCoproduceReverseProxy(builder.Configuration);
builder.Services.AddCoproduceRateLimits(builder.Configuration);
builder.Services.AddCoproducePages();
builder.Services.AddCoproduceHealthChecks();
builder.Services.AddCoproduceApi();
builder.Services.AddCoproduceCompression();

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.SeedDemoCommunityAsync();

app.UseCoproduceReverseProxy();
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseWelshPathPrefix();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapRazorPages();
app.MapCoproduceHealth();
app.MapCoproduceApi();

await app.RunAsync();

/// <summary>The web app's entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
