using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>The dossier service on a real database: steps are atomic, on record, and only for the right people.</summary>
[Trait("Category", "Integration")]
public sealed class DossierServiceTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Opening_the_round_created_one_registered_dossier_per_registration_and_locked_the_set()
    {
        await using var db = _bed.Db.Context();
        var dossiers = await db.Dossiers.Where(d => d.RoundId == _bed.RoundId).ToListAsync();
        Assert.Equal(2, dossiers.Count);
        Assert.All(dossiers, d => Assert.Equal((DossierState.Registered, "DEMO-06", "B"), (d.State, d.StandardCode, d.Category)));
        Assert.NotNull((await db.StandardSets.SingleAsync(s => s.Code == "DEMO-06")).LockedAtUtc);
    }

    [Fact]
    public async Task A_role_outside_the_step_is_refused_logged_and_changes_nothing()
    {
        var d = await _bed.DossierAsync("22015");
        var result = await _bed.Steps.FireAsync(_bed.DistrictOfficer, d.Id, d.Version, DossierTrigger.StartSelfAssessment, null);
        Assert.False(result.Succeeded);
        Assert.Equal((DossierState.Registered, d.Version), ((await _bed.DossierAsync("22015")).State, (await _bed.DossierAsync("22015")).Version));
        await using var db = _bed.Db.Context();
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "tuyhoa.canbo" && r.Resource == $"dossier:{d.Id}"));
        Assert.False(await db.DossierEvents.AnyAsync(e => e.DossierId == d.Id));
    }

    [Fact]
    public async Task A_commune_officer_cannot_act_on_another_communes_dossier_by_id()
    {
        var other = await _bed.DossierAsync("22045");
        var step = await _bed.Steps.FireAsync(_bed.CommuneOfficer, other.Id, other.Version, DossierTrigger.StartSelfAssessment, null);
        var edit = await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, other.Id, other.Version, new(2026, 11, 1), "x", "y");
        var read = await _bed.Pages.ReadAsync(_bed.CommuneOfficer, other.Id);
        Assert.False(step.Succeeded);
        Assert.False(edit.Succeeded);
        Assert.Equal(Portal.Workflows.Outcomes.OutcomeKind.Refused, read.Kind);
        Assert.Null(read.Value);
        var after = await _bed.DossierAsync("22045");
        Assert.Equal((DossierState.Registered, other.Version, (DateOnly?)null), (after.State, after.Version, after.CouncilDate));
        await using var db = _bed.Db.Context();
        Assert.Equal(3, await db.AccessRefusals.CountAsync(r => r.UserName == "phuong1.canbo" && r.Resource == $"dossier:{other.Id}"));
    }


    [Fact]
    public async Task An_input_the_engine_refuses_stores_nothing()
    {
        var d = await _bed.DossierAsync("22015");
        await _bed.StepAsync(_bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);
        var version = await _bed.VersionAsync(d.Id);
        var result = await _bed.Edits.SaveSelfInputAsync(_bed.CommuneOfficer, d.Id, version, "2",
            Portal.Workflows.Scoring.CriterionInput.ForRate(101, 100), null);
        Assert.False(result.Succeeded);
        Assert.Contains("2", result.Errors.Single());
        await using var db = _bed.Db.Context();
        Assert.False(await db.CriterionEntries.AnyAsync(c => c.DossierId == d.Id));
        Assert.Equal(version, await _bed.VersionAsync(d.Id));
    }

    [Fact]
    public async Task The_history_cannot_be_changed_or_removed()
    {
        var d = await _bed.DossierAsync("22015");
        await _bed.StepAsync(_bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);
        await using var db = _bed.Db.Context();
        var line = await db.DossierEvents.FirstAsync(e => e.DossierId == d.Id);
        line.Comment = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.DossierEvents.Remove(await db.DossierEvents.FirstAsync(e => e.DossierId == d.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

/// <summary>A failure in the middle of a transition leaves the dossier as it was.</summary>
[Trait("Category", "Integration")]
public sealed class DossierFailureTests
{
    /// <summary>Fails the save that carries a history row, after the state was changed in memory.</summary>
    private sealed class FailOnHistory : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData e, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (Armed && e.Context!.ChangeTracker.Entries<DossierEvent>().Any(x => x.State == EntityState.Added))
                throw new IOException("disk full (simulated)");
            return base.SavingChangesAsync(e, result, ct);
        }
    }

    [Fact]
    public async Task A_failed_save_leaves_state_version_and_history_unchanged()
    {
        var failure = new FailOnHistory();
        await using var bed = await DossierTestBed.CreateAsync(failure);
        var d = await bed.DossierAsync("22015");
        failure.Armed = true;
        await Assert.ThrowsAsync<IOException>(() => bed.Steps.FireAsync(bed.CommuneOfficer, d.Id, d.Version, DossierTrigger.StartSelfAssessment, null));
        var after = await bed.DossierAsync("22015");
        Assert.Equal((DossierState.Registered, d.Version), (after.State, after.Version));
        await using var db = bed.Db.Context();
        Assert.False(await db.DossierEvents.AnyAsync(e => e.DossierId == d.Id));
        failure.Armed = false;
        await bed.StepAsync(bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);
        Assert.Equal(DossierState.SelfAssessing, (await bed.DossierAsync("22015")).State);
    }
}
