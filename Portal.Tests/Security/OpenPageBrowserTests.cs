using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Security;

/// <summary>A page left open by an account that an administrator then disables leaves for the sign-in form at once.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OpenPageBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task The_open_dossier_page_of_a_disabled_account_is_sent_to_sign_in()
    {
        var name = await TestAccounts.CreateAsync(host); // a commune officer of Phường 1
        int dossier;
        await using (var db = host.CreateDb())
            dossier = await db.Dossiers.Where(d => d.Unit!.StructureCode == "2024" && d.Unit.Code == "22015")
                .OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, name, $"/dossiers/{dossier}");
        await Expect(page.Locator("#dossier-state")).ToBeVisibleAsync(new() { Timeout = BrowserFixture.Timeout });

        var id = await TestAccounts.IdAsync(host, name);
        Assert.True((await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetDisabledAsync(scope, id, true))).Succeeded);

        // Told at once (the periodic check would take up to its interval): well within the usual wait of a browser test.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = BrowserFixture.Timeout });
    }
}
