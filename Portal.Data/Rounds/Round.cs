using Portal.Data.Rewards;
using Portal.Data.Units;

namespace Portal.Data.Rounds;

/// <summary>
/// An evaluation round (đợt đánh giá) of one year, opened by a province for the communes below it.
/// Dates are data of the round, never constants: the evaluated period, a due date per stage, the posting
/// period and the holidays that working days skip.
/// </summary>
public class Round
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    /// <summary>The standard set every dossier of the round is scored against; locked once the round opens.</summary>
    public required string StandardCode { get; set; }
    /// <summary>The unit whose communes take part (a province, or a district for a smaller round).</summary>
    public int ScopeUnitId { get; set; }
    public AdminUnit? ScopeUnit { get; set; }
    public ApprovalChain Chain { get; set; }
    public DateOnly EvaluatedFrom { get; set; }
    public DateOnly EvaluatedTo { get; set; }
    /// <summary>The day the round opens for its communes (a scheduled job opens it then, or an officer earlier).</summary>
    public DateOnly OpensOn { get; set; }
    public int PostingDays { get; set; }
    /// <summary>Reminders go this many days before each due date (comma-separated, e.g. "7,2").</summary>
    public string ReminderDays { get; set; } = "7,2";
    public RoundStatus Status { get; set; }
    public DateTime? OpenedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    /// <summary>Days after the decision due date before the daily job closes the round (docs/decisions/0005).</summary>
    public int GraceDays { get; set; } = DefaultGraceDays;
    public DateTime? ClosedAtUtc { get; set; }
    public string? ClosedBy { get; set; }

    // The approval chain's settings (Portal.Workflows/Chains/ApprovalPolicy): who appraises, who decides, who awards
    // each milestone. Defaults are the provincial plan's three-level rules; a two-level round is configured by the province.
    public UnitLevel AppraisingLevel { get; set; } = UnitLevel.District;
    public UnitLevel DecidingLevel { get; set; } = UnitLevel.District;
    public UnitLevel ThreeYearLevel { get; set; } = UnitLevel.District;
    public RewardForm ThreeYearForm { get; set; } = RewardForm.GiayKhen;
    public UnitLevel FiveYearLevel { get; set; } = UnitLevel.Province;
    public RewardForm FiveYearForm { get; set; } = RewardForm.BangKhen;
    /// <summary>The legal basis on which the province confirmed the chain's settings; null while not confirmed.</summary>
    public string? ChainBasis { get; set; }
    public string? ChainConfirmedBy { get; set; }
    public DateTime? ChainConfirmedAtUtc { get; set; }

    // The recognition decision (docs/domain/document-format.md): its form and the data its legal bases come from.
    public DecisionMode DecisionMode { get; set; } = DecisionMode.PerRound;
    /// <summary>The proposing office's submission (tờ trình): number and date; null until known.</summary>
    public string? SubmissionNumber { get; set; }
    public DateOnly? SubmissionDate { get; set; }
    /// <summary>Further legal bases of the decision, one "Căn cứ …" line each, as the province writes them (number and date).</summary>
    public string? DecisionBases { get; set; }
    /// <summary>The ministry the province reports to (Article 6), as the province names it.</summary>
    public string? MinistryName { get; set; }

    public List<RoundDeadline> Deadlines { get; set; } = [];
    public List<RoundHoliday> Holidays { get; set; } = [];
    public List<RoundReportDeadline> ReportDeadlines { get; set; } = [];

    public const int DefaultGraceDays = 30;

    /// <summary>Under 34/2014 the evaluated period runs from 1 November of the previous year to 31 October.</summary>
    public static (DateOnly From, DateOnly To) DefaultPeriod(int year) => (new(year - 1, 11, 1), new(year, 10, 31));
}

/// <summary>Registration (communes register to strive) → open (dossiers exist) → closed.</summary>
public enum RoundStatus { Registration = 0, Open = 1, Closed = 2 }

/// <summary>
/// Three levels: the district checks, appraises and recognises (the provincial plan). Two levels: since
/// 1 July 2025 there are no districts, and the province takes their part.
/// </summary>
public enum ApprovalChain { ThreeLevel = 3, TwoLevel = 2 }

/// <summary>One recognition decision per round and deciding unit with an annexed list (the usual practice), or one per commune.</summary>
public enum DecisionMode { PerRound = 1, PerCommune = 2 }

/// <summary>The stages that carry a due date. Stored as numbers: append, never renumber (the order is RoundRules.Order).</summary>
public enum RoundStage
{
    Registration = 1,
    SelfAssessment = 2,
    Submission = 3,
    CompletenessCheck = 4,
    Appraisal = 5,
    Decision = 6,
    /// <summary>The day by which a dossier returned for supplement must be resubmitted.</summary>
    Supplement = 7,
}

public class RoundDeadline
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public RoundStage Stage { get; set; }
    public DateOnly DueDate { get; set; }
}

/// <summary>The level that sends a report upward (Article 6): commune → district, district → province, province → ministry.</summary>
public enum ReportLevel { Commune = 1, District = 2, Province = 3 }

/// <summary>When the reports of one level are due in a round; the reminder job reads these.</summary>
public class RoundReportDeadline
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public ReportLevel Level { get; set; }
    public DateOnly DueDate { get; set; }
}

/// <summary>A day off that working-day counts skip (Tết, national holidays), as the round lists them.</summary>
public class RoundHoliday
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public DateOnly Date { get; set; }
    public string? Name { get; set; }
}

/// <summary>A commune's registration to strive for the standard in a round (P1), with its category.</summary>
public class Registration
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public Round? Round { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    /// <summary>The commune category of the round's standard set (A, B, C…), which sets the threshold.</summary>
    public required string Category { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    public string? RegisteredBy { get; set; }
}
