using Portal.Web.Cli;
using Portal.Web.Schedule;
using Portal.Web.Startup;

// Verbs (import-units, score, seed-national, bench-dashboard) run and exit without starting the web server.
if (await PortalCli.TryRunAsync(args) is { } exitCode) return exitCode;

var app = PortalWebHost.CreateBuilder(args).Build();
await app.PreparePortalAsync();
app.UsePortal();
app.UsePortalSchedule();
app.UsePortalTestHooks();
app.Run();
return 0;
