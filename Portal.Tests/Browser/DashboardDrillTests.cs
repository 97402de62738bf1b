using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The province officer drills from the province dashboard down to one commune's dossier, on the demo data.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardDrillTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task From_the_province_through_a_district_to_a_communes_dossier()
    {
        int dossier;
        await using (var db = host.CreateDb())
            dossier = await db.Dossiers.Where(d => d.Round!.Year == 2026 && d.Unit!.StructureCode == "2024" && d.Unit.Code == "22015")
                .Select(d => d.Id).SingleAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, "so.canbo", "/dashboard?year=2026");

        // Phú Yên's 2026 round, across its 9 districts.
        await Expect(page.Locator("#dash-unit-table tbody tr")).ToHaveCountAsync(9);
        await Expect(page.Locator("#dash-crumbs")).ToContainTextAsync("Tỉnh Phú Yên");
        await Expect(page.Locator("#dash-year").Locator("xpath=..")).ToContainTextAsync("Đợt năm 2026");

        await page.Locator("#dash-unit-table tr[data-unit='555'] a.drill-link").ClickAsync();
        await Expect(page.Locator("#dash-crumbs")).ToContainTextAsync("Thành phố Tuy Hoà");
        await Expect(page.Locator("#dash-unit-table tr[data-unit='22015']")).ToHaveCountAsync(1);

        // The demo's one 2026 dossier of Phường 1, and nothing else: this host's database is the class's own.
        await page.Locator("#dash-unit-table tr[data-unit='22015'] a.total-link").ClickAsync();
        var rows = page.Locator("#list-table a.list-link");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToHaveTextAsync("Phường 1");
        await Expect(page.Locator("#list-filters")).ToContainTextAsync("Phường 1");

        await rows.ClickAsync();
        await Expect(page).ToHaveURLAsync($"{host.BaseUrl}/dossiers/{dossier}");
        await Expect(page.Locator("#dossier-unit")).ToContainTextAsync("Phường 1");
    }

    [Fact]
    public async Task The_criteria_chart_names_its_axes_and_draws_every_series_it_lists()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "so.canbo", "/dashboard?year=2026");
        var chart = page.Locator("#dash-criteria .dash-chart svg").First;
        await Expect(chart).ToBeVisibleAsync();

        var texts = await chart.Locator("text").EvaluateAllAsync<string[]>("ts => ts.map(t => t.textContent.trim())");
        Assert.True(texts.Contains("Tiêu chí") && texts.Contains("Tỷ lệ (%)"), "the chart's texts: " + string.Join(" | ", texts));
        // Each series under the legend has bars of some height in its own colour; a share that is 0 everywhere is said
        // in words instead of drawn as a series of invisible bars.
        var bars = await chart.EvaluateAsync<string[]>(
            "svg => [...svg.querySelectorAll('.mud-chart-bar')].filter(e => e.getBBox().height > 0.5).map(e => getComputedStyle(e).fill)");
        var colours = bars.Distinct().ToList();
        var legend = await page.Locator("#dash-criteria .mud-chart-legend-item").CountAsync();
        var zero = await page.Locator("#dash-criteria .dash-criteria-zero").CountAsync();
        Assert.True(colours.Count >= 1 && colours.Count == legend, $"{legend} series in the legend, bars in {colours.Count} colours: {string.Join(", ", colours)}");
        Assert.Equal(2, legend + zero);
        Assert.DoesNotContain(colours, c => c is "none" or "rgb(255, 255, 255)" or "rgba(0, 0, 0, 0)");
    }
}
