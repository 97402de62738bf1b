using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data.Notifications;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Notifications;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The bell in an open page counts up when a notification is created for the signed-in user.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NotificationBellBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{

    [Fact]
    public async Task The_count_rises_in_an_open_page()
    {
        string userId;
        await using (var db = host.CreateDb())
            userId = await db.Users.Where(u => u.UserName == "binhkien.canbo").Select(u => u.Id).SingleAsync();
        var notifications = host.Factory.Services.GetRequiredService<NotificationService>();
        var before = await notifications.UnreadCountAsync(new Portal.Workflows.Access.UserScope(userId, "binhkien.canbo", new HashSet<string>(), null, null));

        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", "/");
        var bell = page.Locator("#notification-bell");
        await Expect(bell).ToHaveAttributeAsync("data-unread", before.ToString());

        var key = "browser-test:" + Guid.NewGuid().ToString("N");
        Assert.True(await notifications.CreateAsync(new NotificationDraft(userId, NotificationKind.DueReminder, null, "Notify.Reminder",
            [NotificationText.Plain("Xã Bình Kiến"), NotificationText.Plain("Đợt kiểm thử"), NotificationText.Text("Stage.SelfAssessment"),
             NotificationText.Plain("20/11/2026"), NotificationText.Plain(7)], "/queue", key)));
        await Expect(bell).ToHaveAttributeAsync("data-unread", (before + 1).ToString());

        await bell.Locator("a, button").First.ClickAsync();
        await Expect(page.Locator("#notification-list")).ToContainTextAsync("Sắp đến hạn Tự đánh giá: Xã Bình Kiến");
    }
}
