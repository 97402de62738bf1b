using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Faults;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14 item 4: the database locked by another process beyond the busy timeout, and a full disk under the data
/// folder. The person gets a Vietnamese "nothing saved, try again", nothing is half-written, the portal recovers by
/// itself when the fault clears, and the fault is logged once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StorageFaultTests
{
    /// <summary>A "Save all" of two criteria, the save every fault test tries.</summary>
    internal static SelfInputChange[] Changes(long numerator) =>
        [new("2", CriterionInput.ForRate(numerator, 1200), null), new("5", CriterionInput.ForRate(3, 1200), null)];

    [Fact]
    public async Task A_database_locked_by_another_process_answers_try_again_logs_once_and_recovers()
    {
        var log = new FaultLogger();
        await using var bed = await DossierTestBed.CreateOnFileAsync(s => s.AddSingleton<ILogger<StorageFaults>>(log));
        var id = (await bed.DossierAsync("22015")).Id;
        var version = await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);

        await using (var other = new SqliteConnection($"Data Source={bed.Db.FilePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using (var exclusive = other.CreateCommand()) { exclusive.CommandText = "BEGIN EXCLUSIVE"; await exclusive.ExecuteNonQueryAsync(); }
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var refused = await bed.Edits.SaveSelfInputsAsync(bed.CommuneOfficer, id, version, Changes(1150));
                Assert.Equal(OutcomeKind.Unavailable, refused.Kind);
                Assert.Contains("thử lại", Assert.Single(refused.Errors));
            }
        }

        var saved = await bed.Edits.SaveSelfInputsAsync(bed.CommuneOfficer, id, version, Changes(1150));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        Assert.Equal(["error", "warning"], log.Levels);
    }
}
