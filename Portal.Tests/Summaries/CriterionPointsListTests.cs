using Microsoft.EntityFrameworkCore;
using Portal.Tests.Dossiers;
using Portal.Workflows.Summaries;
using P = Portal.Workflows.Summaries.CriterionPointsList.Points;

namespace Portal.Tests.Summaries;

/// <summary>The dossier summary's written list of criterion points: its order, and what an unsaved change leaves in it.</summary>
[Trait("Category", "Integration")]
public sealed class CriterionPointsListTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public void The_list_is_in_criterion_order_without_unscored_criteria_and_reads_back()
    {
        var list = CriterionPointsList.Write([new P("10", 5), new P("2", 0), new P("1", null), new P("9", 75)]);
        Assert.Equal("2:0,9:75,10:5", list);
        Assert.Equal([("2", 0), ("9", 75), ("10", 5)], CriterionPointsList.Read(list));
        Assert.Empty(CriterionPointsList.Read(""));
    }

    [Fact]
    public async Task An_unsaved_change_counts_whether_or_not_the_change_loaded_the_criteria()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await using (var seed = _bed.Db.Context())
        {
            seed.CriterionEntries.AddRange(new() { DossierId = id, CriterionNo = "2", SelfPoints = 10 }, new() { DossierId = id, CriterionNo = "3", SelfPoints = 10 });
            await seed.SaveChangesAsync();
        }

        // Criteria not loaded with the dossier: the saved rows, with the one the change tracks in place of its saved value.
        await using (var db = _bed.Db.Context())
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            var changed = await db.CriterionEntries.SingleAsync(c => c.DossierId == id && c.CriterionNo == "3");
            (changed.SelfPoints, changed.AppraisedPoints) = (20, 15);
            db.CriterionEntries.Add(new() { DossierId = id, CriterionNo = "11", SelfPoints = 7 });
            Assert.Equal("2:10,3:15,11:7", await CriterionPointsList.ReadPendingAsync(db, dossier, default));
        }

        // Criteria loaded with the dossier (as a data change loads them): read from memory, a deleted row left out.
        await using (var db = _bed.Db.Context())
        {
            var dossier = await db.Dossiers.Include(d => d.Criteria).SingleAsync(d => d.Id == id);
            dossier.Criteria.Single(c => c.CriterionNo == "2").SelfPoints = 0;
            db.Remove(dossier.Criteria.Single(c => c.CriterionNo == "3"));
            Assert.Equal("2:0", await CriterionPointsList.ReadPendingAsync(db, dossier, default));
        }
    }
}
