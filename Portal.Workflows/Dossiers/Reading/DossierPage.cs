using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Chains;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Everything the dossier page shows, read once and checked against the reader's scope: records made for the page (no
/// entities), the dossier scored once, and what this reader may do now.
/// </summary>
public sealed record DossierPage(
    DossierDetails Dossier,
    DossierRound Round,
    string UnitName,
    string? ParentName,
    StandardSet Set,
    ScoreResult SelfScore,
    ScoreResult AppraisedScore,
    IReadOnlyList<DossierTrigger> PermittedTriggers,
    IReadOnlyList<WorkflowCheck> BlockedSteps,
    IReadOnlySet<DossierEdit> PermittedEdits,
    IReadOnlyList<HistoryLine> History,
    IReadOnlyList<CommentLine> Comments,
    IReadOnlyList<ReturnLine> Returns,
    DossierClock Clock)
{
    /// <summary>
    /// The reader's drafts offered back, computed with the page on the dossier it read (each form asked on its own
    /// context and loaded the dossier again: issue 12); null when not read, then each form asks.
    /// </summary>
    public IReadOnlyList<Drafts.DraftOffer>? DraftOffers { get; init; }

    /// <summary>
    /// Once the appraising level has started, the appraised total is the one the decision is taken on; before, only
    /// the commune's own total exists.
    /// </summary>
    public bool AppraisalStarted => Dossier.State is DossierState.UnderAppraisal or DossierState.AtReviewCouncil
        or DossierState.Recognized or DossierState.NotRecognized;

    /// <summary>The history row of a sign-off that a later change voided, while no new sign-off has been given.</summary>
    public HistoryLine? VoidedSignOff =>
        Dossier.LeaderSignedOffAtUtc is null
        && History.LastOrDefault(h => h.Trigger is SignOffVoiding.HistoryTrigger or nameof(DossierTrigger.SignOffSubmission)
            or nameof(DossierTrigger.ReturnForSupplement)) is { Trigger: SignOffVoiding.HistoryTrigger } voided
            ? voided : null;
}

/// <summary>
/// The dossier's code as officials quote it (the round's year and the commune's code, "2026-22015"), the due date of the
/// stage it works towards and where it stands against it, as the one-stop systems say it.
/// </summary>
public sealed record DossierClock(string Code, DateOnly? DueDate, DueStatus Status);

/// <summary>The dossier's own data as the page shows it; <see cref="Version"/> goes back with every change.</summary>
public sealed record DossierDetails(int Id, int Version, DossierState State, string StandardCode, string Category,
    int? SelfTotal, int? AppraisedTotal, IReadOnlyList<CriterionLine> Criteria, IReadOnlyList<FileLine> Files,
    DateOnly? CouncilDate, string? CouncilMembers, string? CouncilResult,
    DateOnly? PostingStart, DateOnly? PostingLastDay, string? PostingRemarks,
    string? LeaderSignedOffBy, DateTime? LeaderSignedOffAtUtc,
    DateOnly? ReviewCouncilDate, string? ReviewCouncilMembers, string? ReviewRecommendation,
    string? DecisionNumber, DateOnly? DecisionDate, string? DecisionSigner, SignerTitle? DecisionSignerTitle = null);

/// <summary>The round a dossier belongs to, as its page needs it: its chain's policy and its supplement due date too.</summary>
public sealed record DossierRound(int Id, int Year, string Name, ApprovalChain Chain, int PostingDays, string? ScopeUnitName,
    ApprovalPolicy Policy, DateOnly? SupplementDue = null);

/// <summary>
/// One criterion's stored inputs (as JSON), points, and who entered them when; <see cref="ReturnedSelfInputJson"/> is the
/// commune's input as it stood at the last return, so that a figure changed since shows as before → after.
/// </summary>
public sealed record CriterionLine(string CriterionNo, string? SelfInputJson, int? SelfPoints, string? SourceNote, string? SelfBy,
    DateTime? SelfAtUtc, string? AppraisedInputJson, int? AppraisedPoints, string? AppraisalReason, string? AppraisedBy, DateTime? AppraisedAtUtc,
    string? ReturnedSelfInputJson = null, int? ReturnedSelfPoints = null)
{
    /// <summary>The commune changed this figure after the dossier was returned.</summary>
    public bool ChangedSinceReturn => ReturnedSelfInputJson is not null && SelfInputJson != ReturnedSelfInputJson;
}

/// <summary>A file of the dossier; a superseded one (replaced, or removed when <see cref="Removed"/>) is an old version.</summary>
public sealed record FileLine(int Id, DocumentKind Kind, string? CriterionNo, string OriginalName, string? UploadedBy, DateTime UploadedAtUtc,
    DateTime? SupersededAtUtc = null, string? SupersededBy = null, bool Removed = false)
{
    public bool IsCurrent => SupersededAtUtc is null;
}

/// <summary>A step in the history: who (in which role), when, from which state to which, with what comment.</summary>
public sealed record HistoryLine(DateTime AtUtc, string UserName, string? Role, string Trigger, DossierState FromState,
    DossierState ToState, string? Comment);

public sealed record CommentLine(DateTime AtUtc, string UserName, string Text);

/// <summary>One item of a return for supplement and the commune's answer.</summary>
public sealed record ReturnLine(int Id, int ReturnNo, string Subject, string Reason, string RaisedBy, DateTime RaisedAtUtc,
    string? Answer, string? AnsweredBy, DateTime? AnsweredAtUtc);
