namespace Portal.Workflows.Dossiers;

/// <summary>
/// What the guards may know about a dossier, read by the host from the dossier row before each operation. A snapshot
/// keeps every guard a pure function: the same facts always give the same answer, in tests as in the portal.
/// </summary>
public sealed record DossierFacts
{
    /// <summary>The day the operation happens, in the portal's time zone (Vietnam); posting guards compare with it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Every input of the dossier's standard set is entered (no missing value).</summary>
    public bool InputsComplete { get; init; }

    /// <summary>The commune evaluation council's meeting (date, members, conclusion) is entered.</summary>
    public bool CouncilRecorded { get; init; }

    /// <summary>The last day of public posting (inclusive: the public may still object on it); null until set.</summary>
    public DateOnly? PostingLastDay { get; init; }

    // The four documents that 34/2014's procedure names for the dossier sent up (standard-34-2014.md §5.2); the
    // explanatory notes only "if any" (nếu có), so they are not required.
    public bool HasRequestLetter { get; init; }
    public bool HasSelfAssessmentSheet { get; init; }
    public bool HasExplanatoryNotes { get; init; }
    public bool HasCouncilMinutes { get; init; }

    /// <summary>
    /// The commune leader has signed off the submission now pending. The host clears it when the dossier is returned,
    /// so that a resubmission carries a fresh sign-off.
    /// </summary>
    public bool LeaderSignedOff { get; init; }

    /// <summary>Every criterion has an appraised value (agreeing with or changing the self-assessed one).</summary>
    public bool AllCriteriaAppraised { get; init; }

    /// <summary>The review council's meeting and its conclusion are entered.</summary>
    public bool ReviewCouncilRecorded { get; init; }

    /// <summary>The decision's number, date and signer are entered.</summary>
    public bool DecisionRecorded { get; init; }

    /// <summary>The round's supplement due date (by when a returned dossier must be resubmitted); null when the round has none.</summary>
    public DateOnly? SupplementDue { get; init; }

    /// <summary>
    /// After a return, a changed self-assessed figure needs the council's minutes again: true when no figure changed since
    /// the return, or the minutes were uploaded after the last change.
    /// </summary>
    public bool CouncilMinutesRenewed { get; init; } = true;

    /// <summary>Set only by the round's closing, the one operation that moves unfinished dossiers to NotFinished.</summary>
    public bool RoundClosing { get; init; }
}
