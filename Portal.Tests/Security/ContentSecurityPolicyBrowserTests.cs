using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Security;

/// <summary>
/// The content security policy holds in chromium and breaks nothing: on the busiest pages (a dossier, the dashboard,
/// the workflow diagram, the Hangfire dashboard) no violation is reported and the circuit comes up.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    /// <summary>Recorded in the page by the browser itself; Playwright's init script is not subject to the policy.</summary>
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task Pages_of_the_portal_and_the_Hangfire_dashboard_run_with_no_policy_violation()
    {
        int dossier;
        await using (var db = host.CreateDb())
            dossier = await db.Dossiers.Where(d => d.Files.Any()).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();

        var page = await SignInAsync(Browser, host.BaseUrl, "quantri", "/");
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);
        await page.AddInitScriptAsync(RecordViolations);

        foreach (var path in new[] { "/", "/units", $"/dossiers/{dossier}", "/dashboard", "/workflow", "/standards", "/admin/users" })
        {
            var response = await page.GotoAsync(host.BaseUrl + path);
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "");
            await InteractiveAsync(page); // the SignalR connection passed connect-src
            problems.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => $"{path}: {v}"));
        }

        var hangfire = await page.GotoAsync(host.BaseUrl + "/hangfire", new() { WaitUntil = WaitUntilState.Load });
        Assert.Contains("script-src 'self'", await hangfire!.HeaderValueAsync("content-security-policy") ?? "");
        await page.Locator("#stats, .js-page-container, nav").First.WaitForAsync(new() { Timeout = BrowserFixture.Timeout });
        problems.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => $"/hangfire: {v}"));
        Assert.Empty(problems);

        // And the policy is enforced, not only sent: a script slipped into the page (as stored XSS would) does not run.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }");
        await page.WaitForFunctionAsync("window.__violations.length > 0", null, new() { Timeout = BrowserFixture.Timeout });
        Assert.False(await page.EvaluateAsync<bool>("window.__ran === true"));
    }
}
