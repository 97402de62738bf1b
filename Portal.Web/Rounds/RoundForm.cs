using System.Globalization;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Rounds;
using Portal.Workflows.Texts;

namespace Portal.Web.Rounds;

/// <summary>The fields of the new-round form, with the defaults of the provincial plan (evaluation in November).</summary>
public sealed class RoundForm
{
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public string? StandardCode { get; set; }
    public ApprovalChain Chain { get; set; } = ApprovalChain.ThreeLevel;
    public DateTime? EvaluatedFrom { get; set; }
    public DateTime? EvaluatedTo { get; set; }
    public DateTime? OpensOn { get; set; }
    public int PostingDays { get; set; } = 10;
    public string ReminderDays { get; set; } = "7,2";
    /// <summary>Days after the decision due date before the round closes by itself.</summary>
    public int GraceDays { get; set; } = Round.DefaultGraceDays;
    public DecisionMode DecisionMode { get; set; } = DecisionMode.PerRound;
    /// <summary>The ministry the province reports to: since 2025 child affairs are the Ministry of Health's, before the Ministry of Labour's.</summary>
    public string? MinistryName { get; set; }
    public Dictionary<RoundStage, DateTime?> DueDates { get; } = [];
    /// <summary>Report due dates per sending level (Article 6); empty means no report reminder for that level.</summary>
    public Dictionary<ReportLevel, DateTime?> ReportDueDates { get; } = [];
    /// <summary>One date a line, dd/MM/yyyy.</summary>
    public string Holidays { get; set; } = "";

    public static RoundForm For(int year, string namePattern)
    {
        var (from, to) = Round.DefaultPeriod(year);
        var form = new RoundForm
        {
            Year = year, Name = string.Format(CultureInfo.CurrentCulture, namePattern, year),
            EvaluatedFrom = from.ToDateTime(TimeOnly.MinValue), EvaluatedTo = to.ToDateTime(TimeOnly.MinValue),
            OpensOn = new DateTime(year, 11, 1),
            // Child affairs moved to the Ministry of Health in 2025 (Nghị định 42/2025/NĐ-CP); the province may change it.
            MinistryName = year >= 2025 ? "Bộ Y tế" : "Bộ Lao động – Thương binh và Xã hội",
        };
        form.DueDates[RoundStage.Registration] = new DateTime(year, 10, 25);
        form.DueDates[RoundStage.SelfAssessment] = new DateTime(year, 11, 15);
        form.DueDates[RoundStage.Submission] = new DateTime(year, 11, 30);
        form.DueDates[RoundStage.CompletenessCheck] = new DateTime(year, 12, 7);
        form.DueDates[RoundStage.Supplement] = new DateTime(year, 12, 12);
        form.DueDates[RoundStage.Appraisal] = new DateTime(year, 12, 15);
        form.DueDates[RoundStage.Decision] = new DateTime(year, 12, 25);
        form.ReportDueDates[ReportLevel.Commune] = new DateTime(year, 12, 15);
        form.ReportDueDates[ReportLevel.District] = new DateTime(year, 12, 31);
        form.ReportDueDates[ReportLevel.Province] = new DateTime(year + 1, 1, 15);
        return form;
    }

    /// <summary>The request, or the lines of the holiday list that are not dates.</summary>
    public (NewRound? Request, IReadOnlyList<string> BadHolidays) ToRequest(int scopeUnitId)
    {
        var holidays = new List<DateOnly>();
        var bad = new List<string>();
        foreach (var line in Holidays.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (PortalFormat.TryParseDate(line, out var d)) holidays.Add(d);
            else bad.Add(line);
        }
        if (bad.Count > 0 || EvaluatedFrom is null || EvaluatedTo is null || OpensOn is null) return (null, bad);
        var due = DueDates.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => DateOnly.FromDateTime(d.Value!.Value));
        // Only the report levels of the chain: a two-level round has no district report.
        var levels = ApprovalPolicy.Default(Chain).ReportLevels;
        return (new NewRound(Year, Name, StandardCode ?? "", scopeUnitId, Chain, DateOnly.FromDateTime(EvaluatedFrom.Value),
            DateOnly.FromDateTime(EvaluatedTo.Value), DateOnly.FromDateTime(OpensOn.Value), PostingDays, due, holidays, ReminderDays,
            ReportDueDates.Where(r => r.Value is not null && levels.Contains(r.Key)).ToDictionary(r => r.Key, r => DateOnly.FromDateTime(r.Value!.Value)))
        {
            GraceDays = GraceDays, DecisionMode = DecisionMode, MinistryName = MinistryName,
        }, bad);
    }
}
