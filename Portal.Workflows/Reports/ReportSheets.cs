using System.Globalization;
using Portal.Data.Activities;
using Portal.Workflows.Activities;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Reports.Excel;
using static Portal.Workflows.Texts.ReportText;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Reports;

/// <summary>
/// The reports as tables with headers in the reader's language (Vietnamese by default): what the page, the printable
/// page and the Excel files show. Unit codes stay text, counts stay numbers, a missing figure stays empty.
/// </summary>
public static class ReportSheets
{
    public static SheetTable Communes(CommuneListReport r, CultureInfo c) => new(
        Get(c, "Report.Sheet.Communes"), Get(c, "Report.Title.Communes"), TitleLines(r.Header, c),
        Columns(c, ("CommuneCode", 10), ("CommuneName", 26), ("District", 24), ("Category", 7), ("SelfTotal", 11),
            ("AppraisedTotal", 11), ("Verdict", 22), ("DecisionNumber", 18), ("DecisionDate", 12)),
        [.. r.Rows.Select(d => Row(d.Code, d.Name, d.District, d.Category, d.SelfTotal, d.AppraisedTotal,
            DossierLabels.In(c, d.State), d.DecisionNumber, d.DecisionDate))]);

    public static SheetTable Summary(SummaryReport r, CultureInfo c) => new(
        Get(c, "Report.Sheet.Districts"), Get(c, "Report.Title.Districts"), TitleLines(r.Header, c),
        Columns(c, ("UnitCode", 10), ("UnitName", 28), ("Registered", 11), ("Evaluated", 11), ("Recognised", 11),
            ("NotRecognised", 11), ("Rate", 12), ("OnTime", 12)),
        [.. r.Rows.Select(s => SummaryCells(s.Code, s.Name, s))],
        SummaryCells(null, Get(c, "Report.Total"), r.Total),
        [.. new[] { "Registered", "Evaluated", "Rate", "OnTime" }.Select(k => Get(c, "Report.Legend." + k))]);

    /// <summary>Two tables: the streaks, then the reward proposals.</summary>
    public static IReadOnlyList<SheetTable> Rewards(RewardsReport r, CultureInfo c) =>
    [
        new(Get(c, "Report.Sheet.Streaks"), Get(c, "Report.Title.Streaks"), TitleLines(r.Header, c),
            Columns(c, ("CommuneCode", 10), ("CommuneName", 26), ("District", 24), ("CurrentStreak", 13), ("StreakYears", 16), ("LongestStreak", 13)),
            [.. r.Streaks.Select(s => Row(s.Code, s.Name, s.District, s.Current.Length, ReportFigures.Years(s.Current.Years), s.Longest.Length))],
            Notes: [Get(c, "Report.Legend.Streaks")]),
        new(Get(c, "Report.Sheet.Proposals"), Get(c, "Report.Title.Proposals"), TitleLines(r.Header, c),
            Columns(c, ("CommuneName", 26), ("District", 24), ("StreakLength", 11), ("StreakYears", 16), ("Level", 22), ("Status", 20),
                ("DecisionNumber", 18), ("DecisionDate", 12), ("Form", 14), ("Amount", 14)),
            [.. r.Proposals.Select(p => Row(p.Commune, p.District, p.StreakLength, ReportFigures.Years(p.Years), Get(c, "Report.Level." + p.Level),
                Get(c, "Report.Status." + p.Status), p.DecisionNumber, p.DecisionDate, p.Form is { } f ? Get(c, "Report.Form." + f) : null, p.AmountVnd))],
            Notes: [Get(c, "Report.Legend.Streaks")]),
    ];

    public static SheetTable Activities(ActivitiesReport r, CultureInfo c) => new(
        Get(c, "Report.Sheet.Activities"), Get(c, "Report.Title.Activities"), TitleLines(r.Header, c, Get(c, "Report.ActivityYear", r.Header.Year)),
        Columns(c, [("UnitCode", 10), ("UnitName", 26), ("TargetRegistered", 11), ("TargetRecognised", 11), ("RegisteredYear", 11),
            ("Communications", 13), ("Audience", 13), .. CommunicationKinds.Select(k => ("Comm." + k, 12.0)),
            ("SafeModels", 11), .. SafeModelKinds.Select(k => ("Model." + k, 11.0)), ("Inspections", 11), ("FollowUpsOpen", 11), ("FollowUpsOverdue", 11)]),
        [.. r.Rows.Select(a => ActivityCells(a.UnitCode, a.UnitName, a))],
        ActivityCells(null, Get(c, "Report.Total"), r.Total),
        [Get(c, "Report.Legend.Activities")]);

    private static readonly CommunicationKind[] CommunicationKinds = Enum.GetValues<CommunicationKind>();
    private static readonly SafeModelKind[] SafeModelKinds = Enum.GetValues<SafeModelKind>();

    private static IReadOnlyList<object?> SummaryCells(string? code, string name, SummaryRow s) =>
        Row(code, name, s.Registered, s.Evaluated, s.Recognised, s.NotRecognised, s.Rate, s.OnTimePercent);

    private static IReadOnlyList<object?> ActivityCells(string? code, string name, ActivityCounts a) =>
    [
        code, name, a.TargetRegistered, a.TargetRecognised, a.Registered, a.Communications, a.AudienceReached,
        .. CommunicationKinds.Select(k => (object?)a.CommunicationsByKind.GetValueOrDefault(k)),
        a.SafeModels, .. SafeModelKinds.Select(k => (object?)a.SafeModelsByKind.GetValueOrDefault(k)),
        a.Inspections, a.FollowUpsOpen, a.FollowUpsOverdue,
    ];

    /// <summary>
    /// The unit, the round with its evaluated period, and the day the report is made; first, under an illustrative set,
    /// the line that says the figures have no legal value (it heads every page, print and sheet).
    /// </summary>
    private static IReadOnlyList<string> TitleLines(ReportHeader h, CultureInfo c, params string[] more) =>
    [
        .. h.Illustrative ? [Get(c, "Report.Illustrative")] : Array.Empty<string>(),
        Get(c, "Report.Unit", h.UnitName),
        Get(c, "Report.Round", h.RoundName, Day(h.EvaluatedFrom), Day(h.EvaluatedTo)),
        .. more,
        Get(c, "Report.Made", Day(h.Today)),
    ];

    private static string Day(DateOnly d) => PortalFormat.Date(d);

    private static IReadOnlyList<SheetColumn> Columns(CultureInfo c, params (string Key, double Width)[] columns) =>
        [.. columns.Select(x => new SheetColumn(Get(c, "Report.Col." + x.Key), x.Width))];

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
