using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Data.Dossiers;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// The printed decision as chromium lays it out (issue 16 item 13): the national title and the date line on one line each,
/// the short rules below their text without cutting through its letters, no council text pasted in; and its .docx.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DecisionLayoutBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    private const string LineCount = "el => { const r = document.createRange(); r.selectNodeContents(el); " +
        "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }";
    private const string TextBottom = "el => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect().bottom; }";

    [Fact]
    public async Task The_title_and_date_lines_do_not_wrap_and_the_rules_sit_below_the_letters()
    {
        int id;
        await using (var db = host.CreateDb())
            id = await db.Dossiers.Where(d => d.State == DossierState.Recognized && d.DecisionNumber != null && d.Unit!.Path.StartsWith("/2024/54/555/"))
                .OrderByDescending(d => d.Round!.Year).Select(d => d.Id).FirstAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.lanhdao");
        await page.GotoAsync($"{host.BaseUrl}/dossiers/{id}/decision");
        await Expect(page.Locator("#decision-sheet")).ToBeVisibleAsync();

        foreach (var line in new[] { "#doc-nation", "#doc-motto", "#doc-date", "#doc-issuer" })
            Assert.Equal(1, await page.Locator(line).EvaluateAsync<int>(LineCount));
        foreach (var (text, rule) in new[] { ("#doc-motto", "#doc-motto-rule"), ("#doc-issuer", "#doc-issuer-rule") })
        {
            var bottom = await page.Locator(text).EvaluateAsync<double>(TextBottom);
            var top = (await page.Locator(rule).BoundingBoxAsync())!.Y;
            Assert.True(top >= bottom, $"{rule} at {top} cuts into {text} ending at {bottom}");
        }
        var sheet = await page.Locator("#decision-sheet").InnerTextAsync();
        Assert.DoesNotContain("công nhận.)", sheet);
        Assert.Contains("Minh họa – không có giá trị pháp lý", await page.ContentAsync()); // DEMO-06

        var response = await page.APIRequest.GetAsync($"{host.BaseUrl}/dossiers/{id}/decision.docx");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Headers["content-type"]);
    }

    /// <summary>The print button works under the content security policy, which refuses an inline onclick (and says so in the console).</summary>
    [Fact]
    public async Task The_print_button_prints_with_no_console_error()
    {
        int id;
        await using (var db = host.CreateDb())
            id = await db.Dossiers.Where(d => d.State == DossierState.Recognized && d.DecisionNumber != null && d.Unit!.Path.StartsWith("/2024/54/555/"))
                .Select(d => d.Id).FirstAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.lanhdao");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync($"{host.BaseUrl}/dossiers/{id}/decision");
        await Expect(page.Locator("#decision-sheet")).ToBeVisibleAsync();

        await page.EvaluateAsync("() => { window.print = () => { window.__printed = true; }; }");
        await page.ClickAsync("#decision-print-button");
        await page.WaitForFunctionAsync("() => window.__printed === true");
        Assert.Empty(errors);
    }
}
