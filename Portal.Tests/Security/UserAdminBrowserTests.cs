using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Security;

/// <summary>The administrator sets an account's password from /admin/users, with the rules shown in Vietnamese.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class UserAdminBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task The_administrator_sees_the_password_rules_is_refused_a_weak_password_and_sets_a_good_one()
    {
        var name = await TestAccounts.CreateAsync(host);
        var page = await SignInAsync(Browser, host.BaseUrl, "quantri", "/admin/users");
        await page.Locator($".edit-user[data-user='{name}']").ClickAsync(new() { Timeout = BrowserFixture.Timeout });
        var form = page.Locator("#edit-user");
        await Expect(form).ToContainTextAsync("Mật khẩu phải có ít nhất 8 ký tự.", new() { Timeout = BrowserFixture.Timeout });
        await Expect(form).ToContainTextAsync("Mật khẩu phải có ít nhất một ký tự đặc biệt");

        await Field(page, "edit-password").FillAsync("abc");
        await page.Locator("#save-password").ClickAsync();
        await Expect(page.Locator(".edit-user-error").First).ToContainTextAsync("ít nhất 8 ký tự", new() { Timeout = BrowserFixture.Timeout });

        await Field(page, "edit-password").FillAsync("Moi@20262");
        await page.Locator("#save-password").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"Đã đặt mật khẩu mới cho {name}", new() { Timeout = BrowserFixture.Timeout });
        var (_, signIn) = await host.SignInAsync(name, "Moi@20262");
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }
}
