using Portal.Web.Accounts;
using Portal.Web.Cli;
using Portal.Web.Localization;
using Portal.Web.Security;
using Portal.Web.Startup;

// Verbs (import-units, score, seed-national) run and exit without starting the web server.
if (await PortalCli.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalData();
builder.AddPortalAccounts();
builder.AddPortalLocalization();
builder.AddPortalUi();
builder.AddPortalSecurityHeaders();
builder.AddPortalSchedule();

var app = builder.Build();
await app.PreparePortalAsync();
app.UsePortal();
app.UsePortalSchedule();
app.Run();
return 0;
