using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// The reconnect prompt, in every state Blazor puts it in (the classes its script sets on the dialog): styled, one
/// state's line at a time, in the reader's language, always saying that saved work is safe.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReconnectPromptBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    // The classes Blazor's reconnect display sets for each state ("retrying" keeps "show" beside it).
    private static readonly (string Classes, string Line)[] States =
    [
        ("components-reconnect-show", "Đang kết nối lại"),
        ("components-reconnect-show components-reconnect-retrying", "Thử lại sau"),
        ("components-reconnect-failed", "Không kết nối lại được"),
        ("components-reconnect-paused", "tạm dừng"),
        ("components-reconnect-resume-failed", "Không tiếp tục được"),
    ];

    [Fact]
    public async Task Each_state_shows_one_line_in_Vietnamese_and_says_saved_work_is_safe()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", "/queue");
        var dialog = page.Locator("#components-reconnect-modal");
        await dialog.EvaluateAsync("d => d.showModal()");

        foreach (var (classes, line) in States)
        {
            await dialog.EvaluateAsync("(d, c) => d.className = c", classes);
            var shown = page.Locator("#components-reconnect-modal .reconnect-state:visible");
            await Expect(shown).ToHaveCountAsync(1);
            await Expect(shown).ToContainTextAsync(line);
            await Expect(page.Locator("#components-reconnect-modal .reconnect-safe")).ToContainTextAsync("Những gì bạn đã lưu vẫn an toàn");
        }
        // Styled by the portal (the components' style bundle is loaded), not the browser's bare dialog.
        Assert.Equal("rgb(21, 101, 192)", await dialog.EvaluateAsync<string>("d => getComputedStyle(d).borderTopColor"));
        await Expect(page.Locator("#components-reconnect-button")).ToHaveTextAsync("Thử lại");
    }
}
