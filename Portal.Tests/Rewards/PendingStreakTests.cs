using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Workflows.Rewards;
using Portal.Workflows.Summaries;

namespace Portal.Tests.Rewards;

/// <summary>
/// A recognition's rewards and its commune's summary share one reading of the commune's pending streaks per unit of
/// work (its <see cref="PendingStreakMemo"/>): a dossier whose state changes in that unit of work is read again, never
/// answered from the earlier reading.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PendingStreakTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_state_changed_in_the_unit_of_work_is_read_again()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await _bed.ToReviewCouncilAsync(id);
        await using var db = _bed.Db.Context();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
        var memo = new PendingStreakMemo();

        Assert.Equal("", (await CommuneSummaryReader.ReadPendingAsync(db, dossier.UnitId, default, memo)).CurrentYears);
        dossier.State = DossierState.Recognized;
        Assert.Equal("2026", (await CommuneSummaryReader.ReadPendingAsync(db, dossier.UnitId, default, memo)).CurrentYears);
        Assert.Equal("2026", (await CommuneSummaryReader.ReadPendingAsync(db, dossier.UnitId, default, memo)).CurrentYears);
        dossier.State = DossierState.NotRecognized;
        Assert.Equal("", (await CommuneSummaryReader.ReadPendingAsync(db, dossier.UnitId, default, memo)).CurrentYears);
    }
}
