using Coproduce.Web.Health;
using Coproduce.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoproduceDatabase();
builder.Services.AddRazorPages();
builder.Services.AddCoproduceHealthChecks();

var app = builder.Build();
await app.MigrateDatabaseAsync();

app.UseStatusCodePages();
app.UseStaticFiles();
app.MapRazorPages();
app.MapCoproduceHealth();

await app.RunAsync();

/// <summary>The web app's entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
