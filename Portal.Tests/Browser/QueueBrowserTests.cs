using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// The work queue on the demo data: its summary cards are buttons whose number is what a click on them lists, with
/// "Chỉ việc chờ tôi" on or off; at phone width each row is a card whose values carry their column's name.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class QueueBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    private static readonly string[] StatusCards = ["#count-near", "#count-overdue", "#count-returned"];

    [Fact]
    public async Task Each_card_lists_as_many_dossiers_as_it_counts_with_the_switch_on_and_off()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.canbo", "/queue");
        var rows = page.Locator("#queue-table a.queue-link");
        await Expect(page.Locator("#count-mine")).ToHaveAttributeAsync("aria-pressed", "true"); // opens on what waits for the reader
        var counted = 0;
        foreach (var mineOnly in new[] { true, false })
        {
            if (!mineOnly) await page.ClickAsync("#count-mine");
            await Expect(page.Locator("#count-mine")).ToHaveAttributeAsync("aria-pressed", mineOnly ? "true" : "false");
            foreach (var card in StatusCards)
            {
                await page.ClickAsync(card);
                await Expect(page.Locator(card)).ToHaveAttributeAsync("aria-pressed", "true");
                var count = int.Parse(await page.Locator($"{card} .queue-count-number").InnerTextAsync());
                await Expect(rows).ToHaveCountAsync(count);
                counted += count;
                await page.ClickAsync(card); // clicked again, it lets go
                await Expect(page.Locator(card)).ToHaveAttributeAsync("aria-pressed", "false");
            }
        }
        Assert.True(counted > 0, "the demo queue of Tuy Hoà has nothing near, overdue or returned");
    }

    [Fact]
    public async Task At_phone_width_every_value_of_a_row_says_what_it_is()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.canbo", "/queue");
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#count-mine"); // every dossier, not only those waiting
        var cells = page.Locator("#queue-table tbody tr").First.Locator("td");
        await Expect(cells.First).ToBeVisibleAsync();

        var labels = await cells.EvaluateAllAsync<string[]>(
            "tds => tds.filter(td => td.offsetParent !== null).map(td => getComputedStyle(td, '::before').content)");
        Assert.True(labels.Length >= 5, $"only {labels.Length} cells shown");
        Assert.Contains("\"Đơn vị\"", labels);
        Assert.Contains("\"Trạng thái\"", labels);
        Assert.Contains("\"Hạn\"", labels);
        Assert.All(labels, l => Assert.Matches("^\"\\S", l));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide");
    }
}
