using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Infrastructure;

/// <summary>What every browser test does with the portal: sign in through the real form, wait for the circuit, find a field.</summary>
public static class PortalPage
{
    public const int Timeout = 20_000;

    /// <summary>Opens <paramref name="path"/> in a fresh browser context, which sends a stranger to the login form; signs in there.</summary>
    public static async Task<IPage> SignInAsync(BrowserFixture browser, string baseUrl, string userName, string path = "/")
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = Timeout });
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", "Demo@2026");
        await page.ClickAsync("#login-submit");
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered buttons do nothing until the circuit is up: wait for the marker only it renders.</summary>
    public static Task InteractiveAsync(IPage page) =>
        Expect(page.Locator("#interactive[data-interactive='yes']")).ToBeAttachedAsync(new() { Timeout = Timeout });

    /// <summary>The text box of a Mud field, whether its id lands on the box itself or on a wrapper.</summary>
    public static ILocator Field(IPage page, string id) =>
        page.Locator($"input#{id}, textarea#{id}, #{id} input, #{id} textarea").First;
}
