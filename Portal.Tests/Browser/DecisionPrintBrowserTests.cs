using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Data.Dossiers;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// The printed recognition decision of a demo dossier of Tuy Hoà: the national title and the date line each on one
/// line, the rules clear of the letters, the council named by its day (not its free text in parentheses), and a print
/// button that prints under the content security policy.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DecisionPrintBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    private sealed class Ink
    {
        public double Top { get; set; }
        public double Bottom { get; set; }
        public double Size { get; set; }
        public int Lines { get; set; }
    }

    /// <summary>
    /// Where the letters of an element's text are drawn (its first line's tallest accent to its last line's lowest
    /// descender, from the font's own measures) and on how many lines.
    /// </summary>
    private const string InkScript = """
        e => {
            const cs = getComputedStyle(e);
            const ctx = document.createElement('canvas').getContext('2d');
            ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const text = cs.textTransform === 'uppercase' ? e.textContent.toUpperCase() : e.textContent;
            const m = ctx.measureText(text);
            const baseline = atStart => {
                const probe = document.createElement('span');
                probe.style.cssText = 'display:inline-block;width:0;height:0';
                atStart ? e.prepend(probe) : e.append(probe);
                const y = probe.getBoundingClientRect().bottom;
                probe.remove();
                return y;
            };
            const range = document.createRange();
            range.selectNodeContents(e);
            const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
            return { top: baseline(true) - m.actualBoundingBoxAscent, bottom: baseline(false) + m.actualBoundingBoxDescent,
                     size: parseFloat(cs.fontSize), lines };
        }
        """;

    [Fact]
    public async Task The_head_keeps_its_lines_whole_and_its_rules_clear_and_the_council_is_named_by_its_day()
    {
        (int Id, DateOnly Met, string Recommendation) dossier;
        await using (var db = host.CreateDb())
        {
            var d = await db.Dossiers.Where(d => d.State == DossierState.Recognized && d.Unit!.Parent!.Code == "555" && d.ReviewRecommendation != null)
                .OrderBy(d => d.Id).FirstAsync();
            dossier = (d.Id, d.ReviewCouncilDate!.Value, d.ReviewRecommendation!);
        }
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.lanhdao", "/");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync($"{host.BaseUrl}/dossiers/{dossier.Id}/decision");
        await Expect(page.Locator("#decision-sheet")).ToBeVisibleAsync();

        var nation = await InkOf(page, "#doc-nation");
        var place = await InkOf(page, "#doc-place");
        Assert.Equal((1, 1), (nation.Lines, place.Lines));

        // A rule stands at least a fifth of a letter's size clear of the letters above and below it.
        var issuer = await InkOf(page, "#doc-issuer");
        var number = await InkOf(page, ".number");
        var issuerRule = (await page.Locator("#doc-issuer-rule").BoundingBoxAsync())!;
        AssertClear(issuer.Bottom, issuerRule.Y, issuer.Size);
        AssertClear(issuerRule.Y + issuerRule.Height, number.Top, number.Size);
        var motto = await InkOf(page, "#doc-motto");
        var mottoBox = (await page.Locator("#doc-motto").BoundingBoxAsync())!;
        var mottoRule = mottoBox.Y + mottoBox.Height - 1; // the motto's rule is its bottom border
        AssertClear(motto.Bottom, mottoRule, motto.Size);
        AssertClear(mottoRule + 1, place.Top, place.Size);

        var basis = page.Locator("#doc-basis-council");
        await Expect(basis).ToHaveTextAsync($"Xét đề nghị của Hội đồng xét duyệt tại cuộc họp ngày {dossier.Met:dd/MM/yyyy},");
        await Expect(page.Locator("#decision-sheet")).Not.ToContainTextAsync(dossier.Recommendation);

        await page.EvaluateAsync("() => { window.print = () => { window.__printed = true; }; }");
        await page.ClickAsync("#decision-print-button");
        await page.WaitForFunctionAsync("() => window.__printed === true");
        Assert.Empty(errors);
    }

    private static async Task<Ink> InkOf(IPage page, string selector) => await page.Locator(selector).EvaluateAsync<Ink>(InkScript);

    private static void AssertClear(double above, double below, double size) =>
        Assert.True(below - above >= size / 5, $"only {below - above:0.0}px between {above:0.0} and {below:0.0} (letters of {size:0.0}px)");
}
