using Microsoft.EntityFrameworkCore;
using Portal.Data.Rounds;
using Portal.Workflows.Access;

namespace Portal.Tests.Reports;

/// <summary>The reporting duty: due dates per level, sent or overdue, and "mark as sent".</summary>
[Trait("Category", "Integration")]
public sealed class ReportDutyTests
{
    [Fact]
    public async Task The_duty_shows_each_levels_due_date_and_an_unsent_report_past_its_date_as_overdue()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var duty = (await bed.Reports.DutyAsync(bed.ProvinceOfficer, bed.RoundId, await bed.UnitIdAsync("557")))!;
        Assert.Equal(new DateOnly(2026, 12, 5), duty.DueDates[ReportLevel.Commune]);
        Assert.Equal(new DateOnly(2026, 12, 25), duty.DueDates[ReportLevel.Province]);
        Assert.Equal((ReportLevel.District, new DateOnly(2026, 12, 15)), (duty.UnitLevel, duty.UnitDue!.Value));
        Assert.True(duty.Overdue); // today is 20/12
        Assert.False(duty.CanMark); // the province does not mark a district's report

        var own = (await bed.Reports.DutyAsync(bed.ProvinceOfficer, bed.RoundId, null))!;
        Assert.Equal((ReportLevel.Province, false, true), (own.UnitLevel, own.Overdue, own.CanMark));
    }

    [Fact]
    public async Task Marking_as_sent_records_who_and_when_and_a_second_marking_keeps_the_first()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var first = await bed.Reports.MarkSentAsync(bed.DistrictOfficer, bed.RoundId);
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal((ReportLevel.District, "tuyhoa.canbo", new DateTime(2026, 12, 20, 3, 0, 0)), (first.Value!.Level, first.Value.Sent.SentBy, first.Value.Sent.SentAtUtc));

        bed.Clock.AdvanceDays(1);
        var second = await bed.Reports.MarkSentAsync(bed.DistrictLeader, bed.RoundId);
        Assert.False(second.Succeeded);
        Assert.True(second.IsConflict); // already sent: the first marking stands, and is named
        Assert.Contains("tuyhoa.canbo", second.Errors.Single());
        Assert.Contains("20/12/2026 10:00", second.Errors.Single()); // Vietnam time

        await using var db = bed.Db.Context();
        var row = await db.ReportSubmissions.SingleAsync();
        Assert.Equal((await bed.UnitIdAsync("555"), ReportLevel.District, "id-tuyhoa.canbo"), (row.UnitId, row.Level, row.SentByUserId));
        var duty = (await bed.Reports.DutyAsync(bed.ProvinceOfficer, bed.RoundId, await bed.UnitIdAsync("555")))!;
        Assert.Equal(("tuyhoa.canbo", false), (duty.Sent!.SentBy, duty.Overdue));
    }

    [Fact]
    public async Task The_level_follows_the_readers_unit()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        Assert.Equal(ReportLevel.Commune, (await bed.Reports.MarkSentAsync(bed.CommuneOfficer, bed.RoundId)).Value!.Level);
        Assert.Equal(ReportLevel.Province, (await bed.Reports.MarkSentAsync(bed.ProvinceOfficer, bed.RoundId)).Value!.Level);
        await using var db = bed.Db.Context();
        Assert.Equal(2, await db.ReportSubmissions.CountAsync());
    }

    [Fact]
    public async Task A_viewer_may_not_mark_and_the_refusal_is_logged()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        Assert.False((await bed.Reports.DutyAsync(bed.ProvinceViewer, bed.RoundId, null))!.CanMark);
        Assert.True((await bed.Reports.MarkSentAsync(bed.ProvinceViewer, bed.RoundId)).IsRefused);
        await using var db = bed.Db.Context();
        Assert.Empty(await db.ReportSubmissions.ToListAsync());
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "tinh.quansat" && r.Action == "change"));
    }

    [Fact]
    public async Task An_account_without_a_unit_has_no_report_to_mark()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var result = await bed.Reports.MarkSentAsync(bed.Admin, bed.RoundId);
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors.Single()));
        await using var db = bed.Db.Context();
        Assert.Empty(await db.ReportSubmissions.ToListAsync());
    }
}
