using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;

namespace Portal.DevTools.Demo;

/// <summary>
/// The days of a demo round in its year, as a province plans one: created on 1 October, the communes registered on
/// 20 October, opened on 1 November; each step of a dossier on its day after the opening (<see cref="DemoPath.DayOf"/>),
/// a day or two apart from commune to commune; a past round closed at the end of December.
/// </summary>
internal static class DemoCalendar
{
    public const int PostingDays = 10;

    public static DateOnly CreatedOn(int year) => new(year, 10, 1);

    public static DateOnly RegisteredOn(int year) => new(year, 10, 20);

    public static DateOnly OpensOn(int year) => new(year, 11, 1);

    /// <summary>The province closes a past round once its decisions are in (the daily job would, after the grace days).</summary>
    public static DateOnly ClosedOn(int year) => new(year, 12, 30);

    /// <summary>The province sets the demo communes' categories before the first round.</summary>
    public static DateOnly CategoriesSetOn => new(DemoPlan.FirstYear, 9, 1);

    /// <summary>By the open round, the demo's people had read what the past rounds told them.</summary>
    public static DateOnly PastNewsReadOn => new(DemoPlan.OpenYear, 9, 1);

    /// <summary>The day of <paramref name="trigger"/> (and the data entered with it) for the commune of <paramref name="seed"/>.</summary>
    public static DateOnly Day(int year, DossierTrigger trigger, bool afterReturn, int seed) =>
        OpensOn(year).AddDays(DemoPath.DayOf(trigger, afterReturn) + seed % 3);

    /// <summary>The round a province officer of <paramref name="provinceId"/> fills in for <paramref name="year"/>.</summary>
    public static NewRound Round(int year, int provinceId)
    {
        var (from, to) = Data.Rounds.Round.DefaultPeriod(year);
        var due = new Dictionary<RoundStage, DateOnly>
        {
            [RoundStage.Registration] = new(year, 10, 25), [RoundStage.SelfAssessment] = new(year, 11, 15),
            [RoundStage.Submission] = new(year, 11, 30), [RoundStage.CompletenessCheck] = new(year, 12, 7),
            [RoundStage.Supplement] = new(year, 12, 12), [RoundStage.Appraisal] = new(year, 12, 15), [RoundStage.Decision] = new(year, 12, 25),
        };
        // Article 6 reports: communes to the district, districts to the province, the province to the ministry.
        var reports = new Dictionary<ReportLevel, DateOnly>
        {
            [ReportLevel.Commune] = new(year, 12, 20), [ReportLevel.District] = new(year, 12, 27), [ReportLevel.Province] = new(year + 1, 1, 10),
        };
        return new NewRound(year, $"Đánh giá xã, phường, thị trấn phù hợp với trẻ em năm {year}", DemoPlan.StandardCode, provinceId,
            ApprovalChain.ThreeLevel, from, to, OpensOn(year), PostingDays, due, Holidays: [], ReportDueDates: reports);
    }
}
