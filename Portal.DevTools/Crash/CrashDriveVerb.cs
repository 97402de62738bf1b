using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.DevTools.Crash;

/// <summary>
/// crash-drive [--seed N] [--count N]: the client of the crash test (issue 14). Works through the real services on the
/// open round's dossiers as their commune officers would — "save all" of six figures, an upload, a comment, the first
/// step of a registered dossier — and prints "try …" before and "ack …" after each, flushed, so that whoever kills the
/// process knows exactly what was acknowledged. Every value carries its action's token, so the checker can tell a
/// half-applied action from a whole one.
/// </summary>
public static class CrashDriveVerb
{
    /// <summary>The rate criteria of the demo's set that every "save all" writes together.</summary>
    public static readonly string[] SavedCriteria = ["2", "5", "7", "9", "10", "13"];

    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout)
    {
        var seed = Option(args, "--seed") ?? 1;
        var count = Option(args, "--count") ?? int.MaxValue;
        var provider = services();
        await WorkflowsSetup.PrepareDatabaseAsync(provider);
        // What the web app does at start after a crash: finish or remove staged uploads.
        await using (var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
            await Portal.Workflows.Files.UploadSweep.RunAsync(db, provider.GetRequiredService<PortalDataPaths>(), DateTime.UtcNow);
        stdout.WriteLine("ready");
        stdout.Flush();
        var random = new Random(seed);
        var factory = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        for (var i = 0; i < count; i++)
        {
            var token = $"{seed}-{i}";
            var kind = (i % 6) switch { 0 => "upload", 3 => "comment", 5 => "step", _ => "save" };
            var target = await PickAsync(factory, kind, random);
            if (target is null) continue;
            var (id, version, scope) = target.Value;
            stdout.WriteLine($"try {kind} {id} {token}");
            stdout.Flush();
            var done = kind switch
            {
                "save" => (await provider.GetRequiredService<DossierEdits>().SaveSelfInputsAsync(scope, id, version,
                    [.. SavedCriteria.Select(no => new SelfInputChange(no, CriterionInput.ForRate(random.Next(0, 6), 1000), "crash-" + token))])).Succeeded,
                "upload" => (await provider.GetRequiredService<DossierFiles>().AddAsync(scope, id, version, DocumentKind.Other, null,
                    new IncomingFile($"crash-{token}.pdf", "application/pdf", Pdf.Length, new MemoryStream(Pdf)))).Succeeded,
                "comment" => (await provider.GetRequiredService<DossierEdits>().AddCommentAsync(scope, id, version, "crash-" + token)).Succeeded,
                _ => (await provider.GetRequiredService<DossierSteps>().FireAsync(scope, id, version, DossierTrigger.StartSelfAssessment, null)).Succeeded,
            };
            if (done) stdout.WriteLine($"ack {kind} {id} {token}");
            stdout.Flush();
        }
        return 0;
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n% crash test\n%%EOF\n"u8.ToArray();

    /// <summary>A dossier of the open round in the state the action needs, with its commune officer's scope.</summary>
    private static async Task<(int Id, int Version, UserScope Scope)?> PickAsync(IDbContextFactory<PortalDbContext> factory, string kind, Random random)
    {
        await using var db = await factory.CreateDbContextAsync();
        var state = kind == "step" ? DossierState.Registered : DossierState.SelfAssessing;
        var candidates = await db.Dossiers.Where(d => d.State == state && d.Round!.ClosedAtUtc == null)
            .Select(d => new { d.Id, d.Version, d.UnitId, d.Unit!.Path }).ToListAsync();
        if (candidates.Count == 0) return null;
        var d = candidates[random.Next(candidates.Count)];
        var scope = new UserScope("crash-driver", "crash.driver", new HashSet<string> { PortalRoles.CommuneOfficer }, d.UnitId, d.Path);
        return (d.Id, d.Version, scope);
    }

    private static int? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : null;
}
