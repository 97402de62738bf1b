using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Activities;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Standards;
using static Portal.Data.Activities.CommunicationKind;

namespace Portal.Tests.Activities;

/// <summary>
/// <see cref="ActivityStatistics.ByChildUnitAsync"/> on a small data set written by hand: what counts in which year,
/// per unit below, each over its whole subtree.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityStatisticsTests : IAsyncLifetime
{
    private ActivityTestBed _bed = null!;
    private int _tuyHoa, _phuong1, _binhKien;

    public async Task InitializeAsync()
    {
        _bed = await ActivityTestBed.CreateAsync();
        await _bed.Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync(); // rounds name a standard set
        (_tuyHoa, _phuong1, _binhKien) = (await _bed.UnitIdAsync("555"), await _bed.UnitIdAsync("22015"), await _bed.UnitIdAsync("22045"));
        await using var db = _bed.Db.Context();
        db.ProgrammeTargets.Add(new ProgrammeTarget { UnitId = _tuyHoa, Year = 2026, TargetRegistered = 2, TargetRecognised = 1 });
        db.CommunicationActivities.AddRange(
            Talk(_phuong1, new(2026, 6, 1), ActionMonth, 100), Talk(_phuong1, new(2026, 6, 20), ActionMonth, null),
            Talk(_phuong1, new(2026, 2, 10), Tet, 50), Talk(_phuong1, new(2025, 9, 15), MidAutumn, 999),
            Talk(_binhKien, new(2026, 9, 25), MidAutumn, 30), Talk(_tuyHoa, new(2026, 5, 30), Other, 200));
        db.SafeModels.AddRange(
            Model(_phuong1, SafeModelKind.Home, new(2024, 3, 1), new(2025, 6, 30)), Model(_phuong1, SafeModelKind.Community, new(2026, 3, 1), null),
            Model(_binhKien, SafeModelKind.School, new(2020, 9, 5), null), Model(_binhKien, SafeModelKind.School, new(2027, 1, 5), null));
        db.Inspections.AddRange(
            Inspection(_phuong1, new(2026, 5, 20), "Cập nhật sổ", new(2026, 12, 15), null),
            Inspection(_binhKien, new(2026, 6, 10), "Lắp rào chắn", new(2026, 10, 1), new(2026, 9, 20)),
            Inspection(_binhKien, new(2026, 8, 12), "Biển cảnh báo", new(2026, 12, 1), null),
            Inspection(_binhKien, new(2026, 8, 20), null, null, null));
        foreach (var (year, codes) in new[] { (2025, new[] { _phuong1, _binhKien }), (2026, new[] { _phuong1 }) })
        {
            var round = new Round
            {
                Year = year, Name = $"Đợt {year}", StandardCode = "DEMO-06", ScopeUnitId = await _bed.UnitIdAsync("54"), Chain = ApprovalChain.ThreeLevel,
                EvaluatedFrom = new(year - 1, 11, 1), EvaluatedTo = new(year, 10, 31), OpensOn = new(year, 11, 1), PostingDays = 10,
            };
            db.Rounds.Add(round);
            db.Registrations.AddRange(codes.Select(id => new Registration { Round = round, UnitId = id, Category = "B" }));
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Each_commune_below_the_district_counts_its_activities_of_the_year_by_kind_with_the_audience_reached()
    {
        var rows = (await _bed.Statistics.ByChildUnitAsync(_bed.District, _tuyHoa, 2026)).ToDictionary(r => r.UnitCode);

        Assert.Equal(["22015", "22045"], rows.Keys.Order());
        var phuong1 = rows["22015"];
        Assert.Equal((3, 150, 2, 1), (phuong1.Communications, phuong1.AudienceReached, phuong1.CommunicationsByKind[ActionMonth], phuong1.CommunicationsByKind[Tet]));
        Assert.False(phuong1.CommunicationsByKind.ContainsKey(MidAutumn)); // that one was in 2025
        Assert.Equal((1, 30), (rows["22045"].Communications, rows["22045"].AudienceReached));
        Assert.Equal((1, 0), (phuong1.Registered, rows["22045"].Registered)); // only rounds of 2026 count
    }

    [Fact]
    public async Task The_district_row_of_the_province_adds_up_its_communes_and_its_own_activities_and_carries_its_target()
    {
        var rows = (await _bed.Statistics.ByChildUnitAsync(_bed.Province, await _bed.UnitIdAsync("54"), 2026)).ToDictionary(r => r.UnitCode);

        var tuyHoa = rows["555"];
        Assert.Equal((2, 1), (tuyHoa.TargetRegistered!.Value, tuyHoa.TargetRecognised!.Value));
        Assert.Equal((5, 380, 1), (tuyHoa.Communications, tuyHoa.AudienceReached, tuyHoa.Registered));
        Assert.Equal((2, 4), (tuyHoa.SafeModels, tuyHoa.Inspections));
        Assert.Equal((0, 0, (int?)null), (rows["557"].Communications, rows["557"].SafeModels, rows["557"].TargetRegistered));
    }

    [Fact]
    public async Task A_safe_model_counts_in_every_year_it_was_running()
    {
        async Task<IReadOnlyDictionary<SafeModelKind, int>> KindsAsync(int year) =>
            (await _bed.Statistics.ByChildUnitAsync(_bed.Commune, _phuong1, year)).Single().SafeModelsByKind;

        Assert.Equal(new Dictionary<SafeModelKind, int> { [SafeModelKind.Home] = 1 }, await KindsAsync(2024));
        Assert.Equal(new Dictionary<SafeModelKind, int> { [SafeModelKind.Home] = 1 }, await KindsAsync(2025));
        Assert.Equal(new Dictionary<SafeModelKind, int> { [SafeModelKind.Community] = 1 }, await KindsAsync(2026));
        var binhKien = (await _bed.Statistics.ByChildUnitAsync(_bed.District, _tuyHoa, 2026)).Single(r => r.UnitCode == "22045");
        Assert.Equal(1, binhKien.SafeModels); // the 2027 school is not running yet
    }

    [Fact]
    public async Task Open_follow_ups_become_overdue_as_the_clock_passes_their_due_dates()
    {
        async Task<(int Open, int Overdue)> BinhKienAsync()
        {
            var r = (await _bed.Statistics.ByChildUnitAsync(_bed.District, _tuyHoa, 2026)).Single(x => x.UnitCode == "22045");
            return (r.FollowUpsOpen, r.FollowUpsOverdue);
        }

        Assert.Equal((1, 0), await BinhKienAsync()); // 29/11: the done one and the one without follow-up are not open
        _bed.Clock.AdvanceDays(2); // 01/12 in Vietnam: due today is not yet overdue
        Assert.Equal((1, 0), await BinhKienAsync());
        _bed.Clock.AdvanceDays(1);
        Assert.Equal((1, 1), await BinhKienAsync());
        var tuyHoa = (await _bed.Statistics.ByChildUnitAsync(_bed.Province, await _bed.UnitIdAsync("54"), 2026)).Single(r => r.UnitCode == "555");
        Assert.Equal((2, 1), (tuyHoa.FollowUpsOpen, tuyHoa.FollowUpsOverdue));
    }

    [Fact]
    public async Task A_unit_outside_the_scope_is_refused_and_the_refusal_logged()
    {
        await Assert.ThrowsAsync<AccessRefusedException>(() => _bed.Statistics.ByChildUnitAsync(_bed.Commune, _binhKien, 2026));
        await Assert.ThrowsAsync<AccessRefusedException>(() => _bed.Statistics.ByChildUnitAsync(_bed.Commune, _tuyHoa, 2026));
        Assert.Equal(2, await _bed.RefusalsAsync("phuong1.canbo"));
    }

    private static CommunicationActivity Talk(int unit, DateOnly date, CommunicationKind kind, int? audience) =>
        new() { UnitId = unit, Date = date, Kind = kind, Title = $"{kind} {date}", AudienceReached = audience };

    private static SafeModel Model(int unit, SafeModelKind kind, DateOnly start, DateOnly? end) =>
        new() { UnitId = unit, Kind = kind, Name = $"{kind} {start}", StartedOn = start, EndedOn = end };

    private static Inspection Inspection(int unit, DateOnly date, string? followUp, DateOnly? due, DateOnly? done) =>
        new() { UnitId = unit, Date = date, Team = "Đoàn liên ngành", Findings = "Ghi nhận", FollowUp = followUp, FollowUpDue = due, FollowUpDoneOn = done, Version = 1 };
}
