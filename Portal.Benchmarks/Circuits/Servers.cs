using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// The two servers of a run, each its own process: the portal from its Release build (Portal.Web.dll beside this tool's
/// build) on a data folder with the demo, and this tool as the empty template app.
/// </summary>
public sealed partial class Servers : IAsyncDisposable
{
    private Servers(ServerProcess portal, ServerProcess template) => (Portal, Template) = (portal, template);

    public ServerProcess Portal { get; }
    public ServerProcess Template { get; }

    public static async Task<Servers> StartAsync(string dataDir, TextWriter log)
    {
        var portalDll = PortalDll();
        log.WriteLine($"Starting the portal ({portalDll}) on {dataDir} and the template app…");
        // The first start on a new folder imports the national units and the demo: minutes on a busy machine.
        var portal = await ServerProcess.StartAsync(portalDll, [$"--Portal:DataDir={dataDir}", "--Portal:SeedDemo=true",
            "--Portal:SignIn:PerAddress=100000", "--Portal:SignIn:PerName=100000", "--Logging:LogLevel:Default=Warning"], TimeSpan.FromMinutes(20));
        var template = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "Portal.Benchmarks.dll"), ["template"], TimeSpan.FromMinutes(2));
        return new Servers(portal, template);
    }

    /// <summary>Portal.Web.dll of the same configuration and framework as this tool's build (bin/CONFIG/FRAMEWORK/ beside it).</summary>
    public static string PortalDll()
    {
        var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var portalDll = Path.GetFullPath(Path.Combine(build.FullName, "..", "..", "..", "..", "Portal.Web", "bin", build.Parent!.Name, build.Name, "Portal.Web.dll"));
        return File.Exists(portalDll) ? portalDll : throw new FileNotFoundException("build Portal.Web first", portalDll);
    }

    /// <summary>A dossier of the district officer's queue whose appraisal panel lets them open criterion 2's editor.</summary>
    public static async Task<int> AppraisalDossierAsync(Chromium chromium, string baseUrl, string session)
    {
        var page = await chromium.OpenAsync(baseUrl + "/queue", session);
        var links = await page.Locator("#queue-table a.queue-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var id in links.Select(l => DossierId().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            await page.GotoAsync($"{baseUrl}/dossiers/{id}");
            await Chromium.InteractiveAsync(page);
            await page.Locator("#dossier-tabs").WaitForAsync();
            if (await page.Locator(".appraisal-criterion[data-no='2'] .appraisal-open").CountAsync() > 0) return id;
        }
        throw new InvalidOperationException("no dossier under appraisal in the district officer's queue");
    }

    [GeneratedRegex(@"/dossiers/(\d+)$")]
    private static partial Regex DossierId();

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Template.DisposeAsync();
    }
}
