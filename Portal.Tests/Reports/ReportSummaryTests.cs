using Portal.Workflows.Reports;

namespace Portal.Tests.Reports;

/// <summary>The per-unit summary against the hand-built Phú Yên of <see cref="ReportTestBed"/>.</summary>
[Trait("Category", "Integration")]
public sealed class ReportSummaryTests
{
    private static (int, int, int, int, decimal?, int, int, decimal?) Figures(SummaryRow r) =>
        (r.Registered, r.Evaluated, r.Recognised, r.NotRecognised, r.Rate, r.StagesOnTime, r.StagesDone, r.OnTimePercent);

    [Fact]
    public async Task Province_summary_has_one_row_per_district_with_zeros_for_a_district_without_dossiers_and_a_total()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var report = (await bed.Reports.SummaryAsync(bed.ProvinceOfficer, bed.RoundId, null))!;

        Assert.Equal("54", report.Header.UnitCode);
        Assert.Equal(["555", "557", "558"], report.Rows.Select(r => r.Code));
        var (tuyHoa, songCau, dongXuan) = (report.Rows[0], report.Rows[1], report.Rows[2]);
        // 555: 3 registered; 22015 recognised + 22045 not = 2 evaluated; 22018 in progress. Stages 2 of 3 on time.
        Assert.Equal((3, 2, 1, 1, 50.0m, 2, 3, 66.7m), Figures(tuyHoa));
        // 557: 22053 registered without a dossier still counts as registered; withdrawn 22052 is not evaluated.
        Assert.Equal((3, 1, 1, 0, 100.0m, 3, 3, 100.0m), Figures(songCau));
        Assert.Equal((0, 0, 0, 0, (decimal?)null, 0, 0, (decimal?)null), Figures(dongXuan));
        // The total computes its percentages from the sums (2 of 3, 5 of 6), not as an average of the rows.
        Assert.Equal((6, 3, 2, 1, 66.7m, 5, 6, 83.3m), Figures(report.Total));
        Assert.Null(report.Total.Code);
    }

    [Fact]
    public async Task District_summary_has_one_row_per_commune()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var report = (await bed.Reports.SummaryAsync(bed.DistrictOfficer, bed.RoundId, null))!;

        Assert.Equal("555", report.Header.UnitCode); // the reader's own unit by default
        Assert.Equal(["22015", "22018", "22045"], report.Rows.Select(r => r.Code));
        Assert.Equal((1, 1, 1, 0, 100.0m, 1, 2, 50.0m), Figures(report.Rows[0]));
        Assert.Equal((1, 0, 0, 0, (decimal?)null, 0, 0, (decimal?)null), Figures(report.Rows[1]));
        Assert.Equal((1, 1, 0, 1, 0.0m, 1, 1, 100.0m), Figures(report.Rows[2]));
        Assert.Equal((3, 2, 1, 1, 50.0m, 2, 3, 66.7m), Figures(report.Total));
    }

    [Fact]
    public async Task A_commune_is_its_own_single_row()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var report = (await bed.Reports.SummaryAsync(bed.CommuneOfficer, bed.RoundId, null))!;
        Assert.Equal("22015", Assert.Single(report.Rows).Code);
        Assert.Equal((1, 1, 1, 0, 100.0m, 1, 2, 50.0m), Figures(report.Total));
    }

    [Theory]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 16, 6.3)] // 6.25: halves away from zero
    [InlineData(0, 4, 0.0)]
    public void Percentages_have_one_decimal(int part, int whole, double expected) =>
        Assert.Equal((decimal)expected, ReportFigures.Percent(part, whole));

    [Fact]
    public void Nothing_to_count_is_no_percentage_rather_than_zero() => Assert.Null(ReportFigures.Percent(0, 0));
}
