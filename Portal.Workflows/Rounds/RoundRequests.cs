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

/// <summary>Outcome of a round change: nothing is saved unless it succeeded.</summary>
public sealed record RoundResult(bool Succeeded, int? RoundId, IReadOnlyList<string> Errors)
{
    public static RoundResult Ok(int id) => new(true, id, []);
    public static RoundResult Fail(params string[] errors) => new(false, null, errors);
}

/// <summary>A round as lists show it, with how many communes registered and how many dossiers it has.</summary>
public sealed record RoundSummary(int Id, int Year, string Name, string StandardCode, string ScopeUnitName,
    ApprovalChain Chain, RoundStatus Status, DateOnly OpensOn, int Registrations, int Dossiers,
    IReadOnlyDictionary<RoundStage, DateOnly> DueDates,
    IReadOnlyDictionary<ReportLevel, DateOnly>? ReportDueDates = null);
