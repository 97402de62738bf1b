using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Activities;
using Portal.DevTools.Demo;

namespace Portal.Tests.Activities;

/// <summary>The demo's activities on the sample units of Phú Yên (the same structure and codes as the demo's).</summary>
[Trait("Category", "Integration")]
public sealed class DemoActivitiesTests : IAsyncLifetime
{
    private ActivityTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ActivityTestBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task The_demo_has_every_kind_in_both_years_an_overdue_follow_up_and_a_second_run_adds_nothing()
    {
        var demo = ActivatorUtilities.CreateInstance<DemoActivities>(_bed.Db.Services); // the bed registers no developer tools
        var added = await demo.EnsureAsync();
        var counts = await _bed.CountsAsync();

        Assert.Equal(0, await demo.EnsureAsync());
        Assert.Equal(counts, await _bed.CountsAsync());
        Assert.Equal(counts.Targets + counts.Talks + counts.Models + counts.Inspections, added);
        await using var db = _bed.Db.Context();
        var talks = await db.CommunicationActivities.ToListAsync();
        foreach (var year in new[] { 2025, 2026 })
            Assert.Equal(Enum.GetValues<CommunicationKind>().Order(), talks.Where(a => a.Date.Year == year).Select(a => a.Kind).Distinct().Order());
        Assert.Equal(2, counts.Targets);
        Assert.Equal(1, _bed.EvidenceFilesOnDisk);

        var tuyHoa = await _bed.Statistics.ByChildUnitAsync(_bed.Province, await _bed.UnitIdAsync("54"), 2026);
        var row = tuyHoa.Single(r => r.UnitCode == "555");
        Assert.Equal((12, 10, 1), (row.TargetRegistered!.Value, row.TargetRecognised!.Value, row.FollowUpsOverdue));
    }
}
