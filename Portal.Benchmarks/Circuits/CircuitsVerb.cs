using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// <c>circuits [--phases heap,render,load] [--client chromium|protocol] [--levels 50,100,200] [--seconds 60] [--think 5] [--heap-pages 20] [--render-gets 10] [--renderers 24] [--data DIR]</c>:
/// starts the portal (demo data) and the empty template app as processes of their own, then measures, each beside the
/// template or the sign-in page in the same run: server render at 16 connections, managed heap per circuit by page,
/// and click-to-update times with the server's memory as the circuits grow level by level. Figures are printed as
/// Markdown tables (for docs/performance.md) and written to benchmarks/circuits.csv; never asserted. The load phase's
/// client is chromium unless <c>--client protocol</c> (decision 0027); heap and render always use chromium.
/// </summary>
public static class CircuitsVerb
{
    public sealed record Options(string[] Phases, string Client, int[] Levels, int Seconds, double Think, int HeapPages, int RenderGets, int Renderers, int PagesPerContext, string DataDir, string Out);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        if (Read(args) is not { } o)
        {
            stdout.WriteLine("circuits [--phases heap,render,load] [--client chromium|protocol] [--levels 50,100,200] [--seconds 60] [--think 5] [--heap-pages 20] [--render-gets 10] [--renderers 24] [--pages-per-context 10] [--data DIR] [--out FILE]");
            return 2;
        }
        stdout.WriteLine($"Machine: {Machine.Describe()}");
        var report = new CircuitsReport();
        var browserPhases = o.Phases.Contains("heap") || o.Phases.Contains("render");
        // The protocol client's load needs no browser: none is started for it alone.
        await using var chromium = browserPhases || o.Client == "chromium" ? await Chromium.LaunchAsync(o.Renderers, o.PagesPerContext) : null;
        if (browserPhases) await HeapAndRenderAsync(chromium!, o, report, stdout);
        // Fresh servers: the circuits above would otherwise wait out their retention period inside the figures below.
        if (o.Phases.Contains("load"))
        {
            await using ILoadClient client = o.Client == "protocol" ? new Protocol.ProtocolClient() : new ChromiumClient(chromium!);
            await LoadAsync(client, o, report, stdout);
        }
        report.Print(stdout, o);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o.Out))!);
        await File.WriteAllTextAsync(o.Out, report.Csv());
        stdout.WriteLine($"Written: {Path.GetFullPath(o.Out)}");
        return 0;
    }

    /// <summary>The heap and/or render phases with the default options, for the <c>all</c> command's table.</summary>
    public static async Task<CircuitsReport> HeapAndRenderAsync(IEnumerable<string> phases, TextWriter stdout)
    {
        var o = Read([])! with { Phases = [.. phases] };
        var report = new CircuitsReport();
        await using var chromium = await Chromium.LaunchAsync(o.Renderers, o.PagesPerContext);
        await HeapAndRenderAsync(chromium, o, report, stdout);
        return report;
    }

    private static async Task HeapAndRenderAsync(Chromium chromium, Options o, CircuitsReport report, TextWriter stdout)
    {
        await using var servers = await Servers.StartAsync(o.DataDir, stdout);
        var (district, province) = (await chromium.SignInAsync(servers.Portal.BaseUrl, "tuyhoa.canbo"), await chromium.SignInAsync(servers.Portal.BaseUrl, "so.canbo"));
        var dossier = await Servers.AppraisalDossierAsync(chromium, servers.Portal.BaseUrl, district);
        // Heap first: the render figures leave prerendered data in the cache for two minutes, which would fall out mid-count.
        if (o.Phases.Contains("heap"))
        {
            stdout.WriteLine("Managed heap per circuit:");
            report.Heap.AddRange(await HeapFigures.MeasureAsync(chromium, [
                new("template counter", servers.Template, "/", null),
                new("/units", servers.Portal, "/units", district),
                new("/queue", servers.Portal, "/queue", district),
                new("/dossiers/{id} (appraisal)", servers.Portal, $"/dossiers/{dossier}", district)], o.HeapPages, stdout));
            await chromium.CloseAllAsync();
        }
        if (!o.Phases.Contains("render")) return;
        stdout.WriteLine($"Render at 16 connections (dossier {dossier} under appraisal):");
        foreach (var (path, session) in new[] { ("/account/login", null), ("/queue", district), ($"/dossiers/{dossier}", district), ("/dashboard", province), ("/reports", province) })
        {
            var f = await RenderFigures.MeasureAsync(servers.Portal, new(path, session), 16, o.RenderGets);
            report.Render.Add((path, f.Time, f.ServerCpuMs, Machine.LoadAverage()));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  GET {path}: p95 {f.Time.P95:0} ms, server CPU {f.ServerCpuMs:0.0} ms per GET, after {f.WarmPasses} untimed passes (the JIT compiled {f.LastWarmJit} methods in the last, {f.TimedJit} in the timed one), load {Machine.LoadAverage()}"));
        }
    }

    private static async Task LoadAsync(ILoadClient client, Options o, CircuitsReport report, TextWriter stdout)
    {
        await using var servers = await Servers.StartAsync(o.DataDir, stdout);
        var district = await client.SignInAsync(servers.Portal.BaseUrl, "tuyhoa.canbo");
        var dossier = await client.AppraisalDossierAsync(servers.Portal.BaseUrl, district);
        await client.CloseAllAsync();
        foreach (var work in new Workload[] { new("template", servers.Template, "/", null, StaffSteps.Template, 0),
                                              new("portal", servers.Portal, "/queue", district, StaffSteps.Portal, dossier) })
        {
            stdout.WriteLine($"Load on the {work.App} ({client.Name} client):");
            await using var run = new LoadRun(client, work, TimeSpan.FromSeconds(o.Think), TimeSpan.FromSeconds(o.Seconds));
            foreach (var level in o.Levels)
            {
                try
                {
                    report.Levels.Add(await run.GrowToAsync(level, stdout));
                    stdout.WriteLine("  " + CircuitsReport.Row(report.Levels[^1])); // kept even if a later level breaks the run
                }
                catch (Exception e) when (LoadFailure.Is(e))
                {
                    // What does not fit (memory, pages that never became interactive) is reported; larger levels are skipped.
                    report.NotMeasured.Add($"{work.App} at {level} circuits: {e.Message.Split('\n')[0]}");
                    stdout.WriteLine($"  {work.App} at {level} circuits not measured: {e.Message.Split('\n')[0]}");
                    break;
                }
            }
        }
    }

    private static Options? Read(string[] args)
    {
        var o = new Options(["heap", "render", "load"], "chromium", [50, 100, 200], 60, 5, 20, 10, 24, 10, Path.Combine(Path.GetTempPath(), "portal-bench-circuits"), Path.Combine("benchmarks", "circuits.csv"));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            int Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000 ? n : throw new FormatException(args[i]);
            try
            {
                o = args[i] switch
                {
                    "--levels" => o with { Levels = [.. value.Split(',').Select(v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)).Order()] },
                    "--phases" => o with { Phases = value.Split(',') },
                    "--client" => o with { Client = value is "chromium" or "protocol" ? value : throw new FormatException(args[i]) },
                    "--seconds" => o with { Seconds = Number() },
                    "--think" => o with { Think = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) },
                    "--heap-pages" => o with { HeapPages = Number() },
                    "--render-gets" => o with { RenderGets = Number() },
                    "--renderers" => o with { Renderers = Number() },
                    "--pages-per-context" => o with { PagesPerContext = Number() },
                    "--data" => o with { DataDir = Path.GetFullPath(value) },
                    "--out" => o with { Out = value },
                    _ => throw new FormatException(args[i]),
                };
            }
            catch (FormatException) { return null; }
        }
        return args.Length % 2 == 0 ? o : null;
    }
}
