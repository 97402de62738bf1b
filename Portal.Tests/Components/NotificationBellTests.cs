using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Web.Notifications;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Components;

[Trait("Category", "Component")]
public sealed class NotificationBellTests : PortalComponentTest
{
    private async Task<NotificationService> PrepareAsync()
    {
        await UseDatabaseAsync();
        await using (var db = Database!.Context())
        {
            foreach (var name in new[] { "phuong1.canbo", "binhkien.canbo" })
                db.Users.Add(new PortalUser { Id = "id-" + name, UserName = name });
            await db.SaveChangesAsync();
        }
        await SignInAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        SetRendererInfo(new RendererInfo("Server", true));
        return Services.GetRequiredService<NotificationService>();
    }

    private static NotificationDraft Draft(string user, string key) =>
        new("id-" + user, NotificationKind.DueReminder, null, NotificationText.StoredKey, [NotificationText.Plain("Sắp đến hạn"), NotificationText.Plain("Nội dung")], "/queue", key);

    [Fact]
    public async Task The_count_rises_live_for_the_user_and_only_for_them()
    {
        var notifications = await PrepareAsync();
        await notifications.CreateAsync(Draft("phuong1.canbo", "a"));
        var cut = Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#notification-bell").GetAttribute("data-unread")));

        await notifications.CreateAsync(Draft("binhkien.canbo", "b")); // someone else's
        await notifications.CreateAsync(Draft("phuong1.canbo", "c"));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#notification-bell").GetAttribute("data-unread")));
        Assert.Contains("2", cut.Find(".mud-badge").TextContent);
    }

    [Fact]
    public async Task Marking_read_on_the_page_lowers_the_count()
    {
        var notifications = await PrepareAsync();
        await notifications.CreateAsync(Draft("phuong1.canbo", "a"));
        await notifications.CreateAsync(Draft("phuong1.canbo", "b"));
        var bell = Render<NotificationBell>();
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-read='no']").Count));

        page.FindAll("button.mark-read")[0].Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-read='no']")));
        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("#notification-bell").GetAttribute("data-unread")));

        page.Find("#mark-all-read").Click();
        bell.WaitForAssertion(() => Assert.Equal("0", bell.Find("#notification-bell").GetAttribute("data-unread")));
        Assert.Empty(page.FindAll("[data-read='no']"));
    }

    [Fact]
    public async Task The_user_turns_email_off_on_the_page()
    {
        var notifications = await PrepareAsync();
        var page = Render<NotificationsPage>();
        var me = new Portal.Workflows.Access.UserScope("id-phuong1.canbo", "phuong1.canbo", new HashSet<string>(), null, null);
        Assert.True(await notifications.EmailEnabledAsync(me)); // on by default
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("input#email-switch").GetAttribute("aria-checked")));
        page.Find("input#email-switch").Change(false);
        for (var i = 0; i < 50 && await notifications.EmailEnabledAsync(me); i++) await Task.Delay(100);
        Assert.False(await notifications.EmailEnabledAsync(me));
    }
}
