using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>Two district officers approve the same dossier at the same moment, each on their own connection.</summary>
[Trait("Category", "Integration")]
public class DossierConcurrencyTests
{
    /// <summary>The database the tests run on: SQLite here, PostgreSQL in the subclass of Portal.Tests.Postgres.</summary>
    protected virtual Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnFileAsync();

    [Fact]
    public async Task Of_two_simultaneous_approvals_exactly_one_is_taken()
    {
        await using var bed = await CreateBedAsync();
        var d = await bed.DossierAsync("22015");
        await bed.SubmitAsync(d.Id);
        var version = await bed.VersionAsync(d.Id);
        var second = await bed.ScopeAsync("tuyhoa.canbo2", PortalRoles.DistrictOfficer, "555");
        using var start = new Barrier(2);
        Task<Portal.Workflows.Outcomes.Outcome<int>> Approve(Portal.Workflows.Access.UserScope who) => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await bed.Steps.FireAsync(who, d.Id, version, DossierTrigger.AcceptForAppraisal, null);
        });
        var results = await Task.WhenAll(Approve(bed.DistrictOfficer), Approve(second));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.True(results.Single(r => !r.Succeeded).IsConflict);
        await using var db = bed.Db.Context();
        Assert.Equal(1, await db.DossierEvents.CountAsync(e => e.DossierId == d.Id && e.Trigger == nameof(DossierTrigger.AcceptForAppraisal)));
        var after = await bed.DossierAsync("22015");
        Assert.Equal((DossierState.UnderAppraisal, version + 1), (after.State, after.Version));
    }
}
