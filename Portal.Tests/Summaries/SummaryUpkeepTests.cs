using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Web.Cli;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;
using Portal.Workflows.Summaries;

namespace Portal.Tests.Summaries;

/// <summary>The summaries move with every step in its transaction, and check-summaries reports any row that does not.</summary>
[Trait("Category", "Integration")]
public class SummaryUpkeepTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    /// <summary>The database the tests run on: SQLite here, PostgreSQL in the subclass of Portal.Tests.Postgres.</summary>
    protected virtual Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateAsync();
    public async Task InitializeAsync() => _bed = await CreateBedAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private SummaryCheck Check => _bed.Db.Services.GetRequiredService<SummaryCheck>();

    [Fact]
    public async Task Opening_a_round_summarises_its_dossiers_and_communes()
    {
        await using var db = _bed.Db.Context();
        var rows = await db.DossierSummaries.Where(s => s.RoundId == _bed.RoundId).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((DossierState.Registered, 2026, true), (r.State, r.Year, r.DistrictId != null)));
        Assert.Equal(2, await db.CommuneSummaries.CountAsync());
        Assert.Empty(await Check.DifferencesAsync());
    }

    [Fact]
    public async Task A_recognition_updates_the_dossier_and_its_commune_in_the_same_step()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await _bed.ToReviewCouncilAsync(id);
        await _bed.StepAsync(_bed.DistrictLeader, id, DossierTrigger.Recognize);

        await using var db = _bed.Db.Context();
        var dossier = await db.DossierSummaries.SingleAsync(s => s.DossierId == id);
        Assert.Equal((DossierState.Recognized, true, 1000, 1000), (dossier.State, dossier.Verdict, dossier.SelfTotal, dossier.AppraisedTotal));
        Assert.True(dossier.StagesDone >= 4);
        Assert.Equal(new DateOnly(2026, 11, 28), dossier.DecisionDate);
        var commune = await db.CommuneSummaries.SingleAsync(s => s.CommuneId == dossier.CommuneId);
        Assert.Equal((1, "2026"), (commune.CurrentLength, commune.CurrentYears));
        Assert.Empty(await Check.DifferencesAsync());
    }

    [Fact]
    public async Task Saving_a_criterions_points_rewrites_the_dossiers_list_of_points_in_the_same_change()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        Assert.Equal("", await PointsAsync(id));

        async Task SaveAsync(string no, CriterionInput input) => Assert.True((await _bed.Edits.SaveSelfInputAsync(_bed.CommuneOfficer, id,
            await _bed.VersionAsync(id), no, input, "Sổ theo dõi")).Succeeded);
        await SaveAsync("10", CriterionInput.ForRate(100, 100));
        await SaveAsync("2", CriterionInput.ForRate(100, 100));
        var full = await SelfPointsAsync(id);
        Assert.True(full["2"] > 0);
        // By criterion number ("2" before "10"), criteria without points left out.
        Assert.Equal($"2:{full["2"]},10:{full["10"]}", await PointsAsync(id));

        await SaveAsync("2", CriterionInput.ForRate(0, 100));
        Assert.Equal($"2:{(await SelfPointsAsync(id))["2"]},10:{full["10"]}", await PointsAsync(id));
        Assert.True((await SelfPointsAsync(id))["2"] < full["2"]);
        Assert.Empty(await Check.DifferencesAsync());
    }

    private async Task<string> PointsAsync(int id)
    {
        await using var db = _bed.Db.Context();
        return await db.DossierSummaries.Where(s => s.DossierId == id).Select(s => s.CriterionPoints).SingleAsync();
    }

    private async Task<Dictionary<string, int?>> SelfPointsAsync(int id)
    {
        await using var db = _bed.Db.Context();
        return await db.CriterionEntries.Where(c => c.DossierId == id).ToDictionaryAsync(c => c.CriterionNo, c => c.SelfPoints);
    }

    [Fact]
    public async Task A_step_that_reads_no_criterion_counts_its_stage_on_the_stored_row_and_keeps_its_points()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.PostAsync(id); // inputs and council saved, then steps that load no criterion (record council, start posting)
        var before = await RowAsync(id);
        Assert.NotEqual("", before.CriterionPoints);
        foreach (var kind in DossierFiles.ProcedureDocuments) await _bed.AttachAsync(_bed.CommuneOfficer, id, kind);
        await _bed.StepAsync(_bed.CommuneLeader, id, DossierTrigger.SignOffSubmission);

        var after = await RowAsync(id);
        Assert.Equal(before.CriterionPoints, after.CriterionPoints);
        Assert.True(after.StagesDone >= before.StagesDone);
        Assert.Empty(await Check.DifferencesAsync());
    }

    private async Task<Portal.Data.Summaries.DossierSummary> RowAsync(int id)
    {
        await using var db = _bed.Db.Context();
        return await db.DossierSummaries.AsNoTracking().SingleAsync(s => s.DossierId == id);
    }

    [Fact]
    public async Task A_corrupted_summary_is_reported_by_check_summaries()
    {
        var id = (await _bed.DossierAsync("22045")).Id;
        await _bed.StepAsync(_bed.OtherCommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        await using (var db = _bed.Db.Context())
        {
            await db.DossierSummaries.Where(s => s.DossierId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, DossierState.Recognized).SetProperty(x => x.CriterionPoints, "1:999"));
            await db.CommuneSummaries.Where(s => s.CommuneId != db.Dossiers.Single(d => d.Id == id).UnitId).ExecuteDeleteAsync();
        }
        var differences = await Check.DifferencesAsync();
        Assert.Equal(3, differences.Count);
        Assert.Contains(differences, d => d.Contains(id.ToString(), StringComparison.Ordinal) && d.Contains("State: Recognized ≠ SelfAssessing", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Contains(id.ToString(), StringComparison.Ordinal) && d.Contains("CriterionPoints: 1:999 ≠ ∅", StringComparison.Ordinal));

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, await CheckSummariesVerb.RunAsync(() => _bed.Db.Services, stdout, stderr));
        Assert.Contains("State: Recognized ≠ SelfAssessing", stderr.ToString(), StringComparison.Ordinal);
    }
}
