using Portal.Data.Rounds;

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
    IReadOnlyDictionary<ReportLevel, DateOnly>? ReportDueDates = null);

/// <summary>
/// A round as lists show it, with how many communes registered and how many dossiers it has, and whether the reader
/// manages it (opens it): a province officer of a unit above it, or an administrator.
/// </summary>
public sealed record RoundSummary(int Id, int Year, string Name, string StandardCode, string ScopeUnitName,
    ApprovalChain Chain, RoundStatus Status, DateOnly OpensOn, int Registrations, int Dossiers,
    IReadOnlyDictionary<RoundStage, DateOnly> DueDates,
    IReadOnlyDictionary<ReportLevel, DateOnly>? ReportDueDates = null, bool CanManage = false);
