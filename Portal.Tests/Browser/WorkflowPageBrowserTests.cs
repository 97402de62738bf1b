using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The drawn workflow as officials see it: their words, and no label lying over another label or a state.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WorkflowPageBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    private sealed class Box
    {
        public string Text { get; set; } = "";
        public double X { get; set; }
        public double Y { get; set; }
        public double W { get; set; }
        public double H { get; set; }
    }

    [Fact]
    public async Task The_diagram_has_no_overlapping_labels_no_code_names_and_no_mermaid_code()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", "/workflow");
        var diagram = page.Locator("#workflow-diagram[data-rendered='yes'] svg");
        await Expect(diagram).ToBeVisibleAsync();

        var boxes = await diagram.EvaluateAsync<Box[]>("""
            svg => [...svg.querySelectorAll('.edgeLabel, .node')]
                .filter(e => !e.parentElement.closest('.edgeLabel, .node'))
                .map(e => ({ text: e.textContent.trim(), r: e.getBoundingClientRect() }))
                .filter(b => b.text.length > 0 && b.r.width > 0 && b.r.height > 0)
                .map(b => ({ text: b.text, x: b.r.x, y: b.r.y, w: b.r.width, h: b.r.height }))
            """);
        Assert.True(boxes.Length > 20, $"only {boxes.Length} labels drawn");
        var overlaps = (from a in boxes.Select((b, i) => (b, i))
                        from b in boxes.Select((b, i) => (b, i))
                        where a.i < b.i && Overlap(a.b, b.b) > 4
                        select $"«{a.b.Text}» × «{b.b.Text}»").ToList();
        Assert.True(overlaps.Count == 0, "overlapping labels: " + string.Join(", ", overlaps));

        var text = await diagram.TextContentAsync() ?? "";
        Assert.Contains("Đã đăng ký", text);
        Assert.Contains("Bắt đầu tự đánh giá", text);
        Assert.DoesNotContain("Registered", text);
        Assert.DoesNotContain("StartSelfAssessment", text);
        await Expect(page.Locator("#workflow-source-panel")).ToHaveCountAsync(0);
        Assert.DoesNotContain("Mermaid", await page.Locator(".mud-main-content").InnerTextAsync());
    }

    /// <summary>The area two boxes share, in square pixels.</summary>
    private static double Overlap(Box a, Box b) =>
        Math.Max(0, Math.Min(a.X + a.W, b.X + b.W) - Math.Max(a.X, b.X)) * Math.Max(0, Math.Min(a.Y + a.H, b.Y + b.H) - Math.Max(a.Y, b.Y));
}
