using Portal.Data.Rounds;
using Portal.Workflows.Chains;

namespace Portal.Workflows.Rounds;

/// <summary>What a province officer fills in to create a round.</summary>
public sealed record NewRound(
    int Year,
    string Name,
    string StandardCode,
    int ScopeUnitId,
    ApprovalChain Chain,
    DateOnly EvaluatedFrom,
    DateOnly EvaluatedTo,
    DateOnly OpensOn,
    int PostingDays,
    IReadOnlyDictionary<RoundStage, DateOnly> DueDates,
    IReadOnlyList<DateOnly> Holidays,
    string ReminderDays = "7,2",
    IReadOnlyDictionary<ReportLevel, DateOnly>? ReportDueDates = null)
{
    /// <summary>Who appraises, decides and awards; null: the chain's defaults (<see cref="ApprovalPolicy.Default"/>).</summary>
    public ApprovalPolicy? Policy { get; init; }
    /// <summary>Days after the decision due date before the round closes by itself.</summary>
    public int GraceDays { get; init; } = Round.DefaultGraceDays;
    public DecisionMode DecisionMode { get; init; } = DecisionMode.PerRound;
    public string? MinistryName { get; init; }

    /// <summary>The policy the round gets: the one asked for, or the chain's defaults.</summary>
    public ApprovalPolicy EffectivePolicy => Policy ?? ApprovalPolicy.Default(Chain);
}

/// <summary>
/// What the province officer may change on a round after creating it: the chain's settings (levels and forms only
/// while communes register; the legal basis any time before closing), the decision's data, the ministry, the grace period.
/// </summary>
public sealed record RoundSettings(
    ApprovalPolicy Policy,
    DecisionMode DecisionMode,
    string? SubmissionNumber,
    DateOnly? SubmissionDate,
    string? DecisionBases,
    string? MinistryName,
    int GraceDays);

/// <summary>
/// A round as lists show it, with how many communes registered and how many dossiers it has, and whether the reader
/// manages it (opens it): a province officer of a unit above it, or an administrator.
/// </summary>
public sealed record RoundSummary(int Id, int Year, string Name, string StandardCode, string ScopeUnitName,
    ApprovalChain Chain, RoundStatus Status, DateOnly OpensOn, int Registrations, int Dossiers,
    IReadOnlyDictionary<RoundStage, DateOnly> DueDates,
    IReadOnlyDictionary<ReportLevel, DateOnly>? ReportDueDates = null, bool CanManage = false)
{
    /// <summary>The round's settings (chain, decision, ministry, grace period) as the round page shows and edits them.</summary>
    public RoundSettings? Settings { get; init; }
    /// <summary>The round's standard set is illustrative: everything of the round says "minh họa".</summary>
    public bool Illustrative { get; init; }
    public DateTime? ClosedAtUtc { get; init; }
    public string? ClosedBy { get; init; }

    public ApprovalPolicy Policy => Settings?.Policy ?? ApprovalPolicy.Default(Chain);
}
