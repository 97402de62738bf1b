using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>Everything the dossier page shows, read in one go and checked against the reader's scope.</summary>
public sealed record DossierPage(
    Dossier Dossier,
    Round Round,
    string UnitName,
    string? ParentName,
    StandardSet Set,
    ScoreResult SelfScore,
    ScoreResult AppraisedScore,
    DossierFacts Facts,
    IReadOnlyList<DossierTrigger> PermittedTriggers,
    IReadOnlyList<WorkflowCheck> BlockedSteps,
    IReadOnlySet<DossierEdit> PermittedEdits,
    IReadOnlyList<DossierEvent> History,
    IReadOnlyList<DossierComment> Comments,
    IReadOnlyList<ReturnItem> Returns);

/// <summary>Outcome of a step or an edit. <see cref="Version"/> is the dossier's version after it.</summary>
public sealed record StepResult(bool Succeeded, IReadOnlyList<string> Errors, int Version = 0, bool Conflict = false)
{
    public static StepResult Ok(int version) => new(true, [], version);
    public static StepResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>One line of a return for supplement: the subject ("criterion:3", "document:RequestLetter", "general") and why.</summary>
public sealed record ReturnRequest(string Subject, string Reason);

/// <summary>A row of the work queue.</summary>
public sealed record QueueRow(int DossierId, int RoundId, int Year, string UnitName, string? ParentName, DossierState State,
    DateOnly? DueDate, Deadlines.DueStatus DueStatus, bool WaitsForMe, bool ReturnedByMe, int UnitId = 0);
