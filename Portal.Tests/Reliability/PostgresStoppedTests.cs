using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Faults;
using Portal.Workflows.Outcomes;
using Xunit.Abstractions;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14 item 4: PostgreSQL stopped for 30 s while four people keep saving. Each save answers the Vietnamese "nothing
/// saved, try again", nothing is written, the fault is logged once, and the first save after the server is back goes
/// through by itself. The server is a private cluster of this test's, so that no other test loses its database.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PostgresStoppedTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Stopped = TimeSpan.FromSeconds(30);
    private readonly string _cluster = Path.Combine(Path.GetTempPath(), $"portal-pg-stop-{Guid.NewGuid():N}");
    private string _server = "";

    public Task InitializeAsync() => Task.Run(() => _server = PostgresServer.Cluster("start", _cluster));

    public Task DisposeAsync() => Task.Run(() => PostgresServer.Cluster("stop", _cluster));

    [Fact]
    public async Task A_server_stopped_for_30_s_under_load_answers_try_again_logs_once_and_recovers_by_itself()
    {
        var log = new FaultLogger();
        await using var bed = await DossierTestBed.CreateOnPostgresAsync(s => s.AddSingleton<ILogger<StorageFaults>>(log), _server);
        var id = (await bed.DossierAsync("22015")).Id;
        var version = await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);

        PostgresServer.Cluster("pause", _cluster);
        var down = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            var kinds = new List<(OutcomeKind Kind, string Error)>();
            while (down.Elapsed < Stopped)
            {
                var refused = await bed.Edits.SaveSelfInputsAsync(bed.CommuneOfficer, id, version, StorageFaultTests.Changes(1100 + writer));
                kinds.Add((refused.Kind, string.Join("; ", refused.Errors)));
                await Task.Delay(250);
            }
            return kinds;
        })));
        PostgresServer.Cluster("resume", _cluster);

        var all = answers.SelectMany(a => a).ToList();
        output.WriteLine($"server down {down.Elapsed.TotalSeconds:0} s: {all.Count} saves tried, {all.Count(a => a.Kind == OutcomeKind.Unavailable)} answered 'try again'");
        Assert.NotEmpty(all);
        Assert.All(all, a => Assert.Equal(OutcomeKind.Unavailable, a.Kind));
        Assert.All(all, a => Assert.Contains("thử lại", a.Error));

        // Back by itself: the next save goes through (pooled connections the stop broke are thrown away, not reused).
        var saved = await bed.Edits.SaveSelfInputsAsync(bed.CommuneOfficer, id, version, StorageFaultTests.Changes(1150));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        await using var db = bed.Db.Context();
        Assert.Equal(version + 1, await db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        Assert.Equal(["error", "warning"], log.Levels);
    }
}
