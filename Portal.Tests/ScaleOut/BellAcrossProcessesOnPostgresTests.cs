using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reliability;
using Portal.Workflows.Notifications;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Issue 15 item 2 with two processes on PostgreSQL: a commune officer's page is open on instance B, a portal process of
/// its own; instance A (a host in the test's process) creates a notification for them; the bell of B's page counts it.
/// The time from creation to the bell's change goes to the output (the watcher looks every second; the target is 5 s).
/// </summary>
[Trait("Category", "Browser")]
[Collection(WebCollection.Name)]
public sealed class BellAcrossProcessesOnPostgresTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser)
{
    private readonly TestFolder _folder = new("bell-processes");
    private string? _postgres;

    [Fact]
    public async Task A_notification_created_on_A_reaches_the_bell_of_a_page_open_on_process_B()
    {
        (var settings, _postgres) = await SharedDatabase.PrepareAsync(_folder, onPostgres: true);
        // B runs no jobs (a reminder of its own would move the bell too); Development serves Blazor's script from the build.
        await using var b = await PortalProcess.StartAsync(_folder.Path, output,
            new Dictionary<string, string?>(settings) { ["Hangfire:Server"] = "false", ["environment"] = "Development" });
        var page = await PortalPage.SignInAsync(Browser, b.BaseUrl, "phuong1.canbo");
        var bell = page.Locator("#notification-bell");
        var before = int.Parse((await bell.GetAttributeAsync("data-unread"))!, System.Globalization.CultureInfo.InvariantCulture);

        var a = new PortalFactory(_folder.Path, new TestClock(TestClock.WebStart), seedDemo: false, settings);
        try
        {
            a.StartServer();
            string reader;
            await using (var db = TwoPortalsFixture.Db(a)) reader = await db.Users.Where(u => u.UserName == "phuong1.canbo").Select(u => u.Id).SingleAsync();
            var created = Stopwatch.StartNew();
            Assert.True(await TwoPortalsFixture.Get<NotificationService>(a).CreateAsync(NotificationsAcrossInstances.Draft(reader, 0)));
            await Expect(bell).ToHaveAttributeAsync("data-unread", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine($"notification created on A, counted by the bell of a page on process B after {created.ElapsedMilliseconds} ms");
        }
        finally
        {
            await a.StopWithinAsync("BellAcrossProcessesOnPostgresTests: portal A");
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
        if (_postgres is not null) await PostgresServer.DropDatabaseAsync(_postgres);
    }
}
