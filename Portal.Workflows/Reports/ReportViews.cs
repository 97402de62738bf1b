using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Activities;
using Portal.Workflows.Chains;
using Portal.Workflows.Rewards;

namespace Portal.Workflows.Reports;

/// <summary>The four reports of Article 6 (PORTAL-SPEC P8); the names are also the Excel download paths.</summary>
public enum ReportKind { Communes, Districts, Rewards, Activities }

/// <summary>Which round and unit a report is of, as the service resolved them for the reader.</summary>
public sealed record ReportHeader(
    int RoundId, string RoundName, int Year, DateOnly EvaluatedFrom, DateOnly EvaluatedTo,
    int UnitId, string UnitCode, string UnitName, UnitLevel UnitLevel, string UnitPath, DateOnly Today)
{
    /// <summary>The round's set is illustrative: every output of the report says "minh họa".</summary>
    public bool Illustrative { get; init; }
    /// <summary>The round's approval chain: which levels report to which (commune → province in two levels).</summary>
    public ApprovalPolicy Policy { get; init; } = ApprovalPolicy.Default(Data.Rounds.ApprovalChain.ThreeLevel);
    public string? MinistryName { get; init; }
}

/// <summary>A unit the reader may pick for a round's reports.</summary>
public sealed record ReportUnitChoice(int Id, string Code, string Name, UnitLevel Level, string SearchKey);

/// <summary>One dossier of the round: where the commune stands, its totals and its decision.</summary>
public sealed record CommuneReportRow(
    int DossierId, int UnitId, string Code, string Name, string? District, string Category,
    int? SelfTotal, int? AppraisedTotal, DossierState State, string? DecisionNumber, DateOnly? DecisionDate);

public sealed record CommuneListReport(ReportHeader Header, IReadOnlyList<CommuneReportRow> Rows);

/// <summary>
/// The figures of one unit below the chosen one (or of the total row, with no unit). Definitions in
/// docs/decisions/0008-report-figures.md.
/// </summary>
public sealed record SummaryRow(
    int? UnitId, string? Code, string Name, int Registered, int Evaluated, int Recognised, int NotRecognised,
    int StagesOnTime, int StagesDone)
{
    /// <summary>Recognised ÷ evaluated, in percent with one decimal; null while none was evaluated.</summary>
    public decimal? Rate => ReportFigures.Percent(Recognised, Evaluated);

    /// <summary>Stages done by their due date ÷ stages done, over the unit's communes; null while none was done.</summary>
    public decimal? OnTimePercent => ReportFigures.Percent(StagesOnTime, StagesDone);
}

public sealed record SummaryReport(ReportHeader Header, IReadOnlyList<SummaryRow> Rows, SummaryRow Total);

/// <summary>A commune below the unit with at least one recognised year, and its streaks as of today.</summary>
public sealed record StreakReportRow(int UnitId, string Code, string Name, string? District, Streak Current, Streak Longest);

public sealed record RewardsReport(ReportHeader Header, IReadOnlyList<StreakReportRow> Streaks, IReadOnlyList<ProposalRow> Proposals);

public sealed record ActivitiesReport(ReportHeader Header, IReadOnlyList<ActivityCounts> Rows, ActivityCounts Total);

/// <summary>A unit's report of a round marked as sent.</summary>
public sealed record ReportSent(string SentBy, DateTime SentAtUtc);

/// <summary>
/// The reporting duty of a round (due date of each level) and, for the chosen unit, whether its report is sent or
/// overdue; <see cref="CanMark"/> when the reader may mark it (their own unit, a role that acts, not yet sent).
/// </summary>
public sealed record ReportDuty(
    IReadOnlyDictionary<ReportLevel, DateOnly> DueDates, int UnitId, string UnitName, ReportLevel UnitLevel,
    DateOnly? UnitDue, ReportSent? Sent, bool Overdue, bool CanMark)
{
    /// <summary>Who sends to whom at each level of the round's chain, in the reader's language ("xã gửi tỉnh", "tỉnh gửi Bộ Y tế").</summary>
    public IReadOnlyDictionary<ReportLevel, string> LevelNames { get; init; } = new Dictionary<ReportLevel, string>();
}

/// <summary>A report marked as sent: at which level, by whom and when, and the sentence that says so.</summary>
public sealed record MarkedSent(ReportLevel Level, ReportSent Sent, string Message);
