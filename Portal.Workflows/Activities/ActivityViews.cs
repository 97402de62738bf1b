using Portal.Data.Activities;
using Portal.Data.Units;

namespace Portal.Workflows.Activities;

/// <summary>The unit whose activities a page shows: whether it has units below (targets) and whether the reader may change it.</summary>
public sealed record ActivityUnit(int Id, string Name, string Path, UnitLevel Level, string? ParentName, bool HasChildren, bool CanChange);

/// <summary>A unit's yearly target (P1) as the page shows it; null fields were not set.</summary>
public sealed record TargetView(int UnitId, int Year, int? TargetRegistered, int? TargetRecognised, string? Note,
    string? UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>A communication activity (P2) with its unit; <see cref="CanChange"/> says whether the reader may delete it.</summary>
public sealed record CommunicationRow(int Id, int UnitId, string UnitName, DateOnly Date, CommunicationKind Kind, string Title,
    int? AudienceReached, string? AudienceNote, string? EvidenceNote, string? EvidenceFileName, bool HasEvidenceFile,
    string? CreatedBy, bool CanChange);

/// <summary>A safe model (P3) with its unit; running while <see cref="EndedOn"/> is null.</summary>
public sealed record SafeModelRow(int Id, int UnitId, string UnitName, SafeModelKind Kind, string Name, DateOnly StartedOn,
    DateOnly? EndedOn, string? Note, bool CanChange);

/// <summary>
/// An inspection (P7) of a unit. <see cref="Version"/> goes back with a change, so that a second person closing the same
/// follow-up is refused; <see cref="Overdue"/> is an open follow-up past its due date (Vietnamese today).
/// </summary>
public sealed record InspectionRow(int Id, int UnitId, string UnitName, DateOnly Date, string Team, string Findings,
    string? FollowUp, DateOnly? FollowUpDue, DateOnly? FollowUpDoneOn, int Version, bool Overdue, bool CanChange)
{
    public bool FollowUpOpen => !string.IsNullOrWhiteSpace(FollowUp) && FollowUpDoneOn is null;
}

public sealed record TargetInput(int? TargetRegistered, int? TargetRecognised, string? Note);

public sealed record CommunicationInput(DateOnly? Date, CommunicationKind? Kind, string? Title, int? AudienceReached,
    string? AudienceNote, string? EvidenceNote);

public sealed record SafeModelInput(SafeModelKind? Kind, string? Name, DateOnly? StartedOn, string? Note);

public sealed record InspectionInput(DateOnly? Date, string? Team, string? Findings, string? FollowUp, DateOnly? FollowUpDue);
