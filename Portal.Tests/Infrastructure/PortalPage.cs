using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Infrastructure;

/// <summary>What every browser test does with the portal: sign in through the real form, wait for the circuit, find a field.</summary>
public static class PortalPage
{
    /// <summary>Opens <paramref name="path"/> in a fresh browser context, which sends a stranger to the login form; signs in there.</summary>
    public static async Task<IPage> SignInAsync(BrowserFixture browser, string baseUrl, string userName, string path = "/")
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", "Demo@2026");
        await page.ClickAsync("#login-submit");
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered buttons do nothing until the circuit is up: wait for the marker only it renders.</summary>
    public static Task InteractiveAsync(IPage page) => Expect(page.Locator("#interactive[data-interactive='yes']")).ToBeAttachedAsync();

    /// <summary>The text box of a Mud field, whether its id lands on the box itself or on a wrapper.</summary>
    public static ILocator Field(IPage page, string id) =>
        page.Locator($"input#{id}, textarea#{id}, #{id} input, #{id} textarea").First;

    /// <summary>
    /// Chooses a file in a Blazor InputFile. The input hears a chosen file only once Blazor's script has set it up, after
    /// the render that made it (its mark is <c>_blazorInputFileNextFileId</c>): a file chosen before that is lost, which
    /// happens when a step has just switched the page to the tab that holds the input.
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, string inputId, FilePayload file)
    {
        await page.WaitForFunctionAsync("id => document.getElementById(id)?._blazorInputFileNextFileId !== undefined", inputId);
        await page.SetInputFilesAsync("#" + inputId, file);
    }

    /// <summary>
    /// Chooses an option of a MudSelect and waits until the select shows <paramref name="value"/>. While its menu opens
    /// it may still move (it flips above the field when there is no room below): a press that began on the option then
    /// ends on the page behind it, and the menu stays open with nothing chosen (the walk failed so once at load 12).
    /// A person would press again, and so does this: up to three times.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string selectId, Regex option, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await page.Locator(".mud-popover-open .mud-list-item").CountAsync() == 0) await page.Locator("#" + selectId).ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = option }).ClickAsync();
            try
            {
                await Expect(page.Locator("input#" + selectId)).ToHaveValueAsync(value, new() { Timeout = attempt < 3 ? 10_000 : null });
                return;
            }
            catch (PlaywrightException) when (attempt < 3) { /* the press missed the moving menu: press again */ }
        }
    }

    /// <summary>The success message (snackbar) of a step or a save: the signal of a step that leaves the page's state as it was.</summary>
    public static ILocator Done(IPage page, string text) => page.Locator(".mud-snackbar", new() { HasText = text });

    /// <summary>
    /// Asserts that a press at the centre of the element reaches it when it sits just under the top bar, where a person
    /// scrolling back up from a form first sees the step buttons again: nothing (a message) lies over it there.
    /// Playwright's own click would wait for a cover to go; a person would press the cover.
    /// </summary>
    public static async Task AssertUncoveredAsync(ILocator element)
    {
        var cover = await element.EvaluateAsync<string>("""
            b => {
              b.scrollIntoView({ block: 'start' });
              window.scrollBy(0, -(document.querySelector('header.mud-appbar').getBoundingClientRect().bottom + 8));
              const r = b.getBoundingClientRect();
              const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
              return b.contains(top) ? '' : `${top ? top.outerHTML.slice(0, 200) : 'nothing (off screen)'} at ${r.x | 0},${r.y | 0}`;
            }
            """);
        Assert.True(cover == "", "the button is covered by " + cover);
    }

    /// <summary>
    /// Every file picker on the page speaks the portal's language: the browser's own input ("Choose File", in the
    /// browser's language) is out of sight, and a visible label of the portal's opens it.
    /// </summary>
    public static async Task PickersInPortalLanguageAsync(IPage page)
    {
        var pickers = await page.Locator("input[type=file]").EvaluateAllAsync<string[]>("""
            inputs => inputs.map(i => {
                const r = i.getBoundingClientRect();
                const label = document.querySelector(`label[for="${i.id}"]`);
                const shown = label && label.getBoundingClientRect().width > 0 ? label.innerText.trim() : '';
                return `${i.id}|${r.width <= 1 && r.height <= 1 || getComputedStyle(i).display === 'none'}|${shown}`;
            })
            """);
        Assert.NotEmpty(pickers);
        Assert.All(pickers, p => Assert.Matches(@"^[^|]+\|true\|\S", p));
    }
}
