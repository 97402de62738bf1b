using Portal.Data.Units;

namespace Portal.Data.Activities;

/// <summary>
/// A unit's yearly target of the provincial plan (P1): how many communes it means to have registered and recognised
/// in a year. Put into the socio-economic plan by the district or province; one row per unit and year.
/// </summary>
public class ProgrammeTarget
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public int Year { get; set; }
    public int? TargetRegistered { get; set; }
    public int? TargetRecognised { get; set; }
    public string? Note { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>The kinds of communication activity the plan names (P2); stored as numbers: append, never renumber.</summary>
public enum CommunicationKind
{
    /// <summary>Tháng hành động vì trẻ em (June).</summary>
    ActionMonth = 1,
    /// <summary>Quốc tế thiếu nhi 1/6.</summary>
    ChildrensDay = 2,
    /// <summary>Tết Trung thu.</summary>
    MidAutumn = 3,
    /// <summary>Tết Nguyên đán.</summary>
    Tet = 4,
    Other = 9,
}

/// <summary>A communication activity (tuyên truyền, P2) held by a unit: when, what kind, whom it reached, its evidence.</summary>
public class CommunicationActivity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public CommunicationKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>People reached, as the unit reports it; null when not counted.</summary>
    public int? AudienceReached { get; set; }
    public string? AudienceNote { get; set; }
    /// <summary>What proves it happened (minutes, photos, article): a note, and optionally one stored file.</summary>
    public string? EvidenceNote { get; set; }
    public string? EvidenceFileName { get; set; }
    public string? EvidenceStoredName { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>Safe models of socialisation (P3): Cộng đồng / Trường học / Ngôi nhà an toàn.</summary>
public enum SafeModelKind { Community = 1, School = 2, Home = 3 }

/// <summary>A safe model registered in a commune, from the day it started (and until it ended, if it did).</summary>
public class SafeModel
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public SafeModelKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? Note { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>
/// An inter-sector inspection or supervision (kiểm tra, giám sát liên ngành, P7) of a unit: the team, what it found,
/// the follow-up it asked for with its due date, and when that follow-up was done.
/// </summary>
public class Inspection
{
    public int Id { get; set; }
    /// <summary>The unit inspected.</summary>
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public required string Team { get; set; }
    public required string Findings { get; set; }
    public string? FollowUp { get; set; }
    public DateOnly? FollowUpDue { get; set; }
    public DateOnly? FollowUpDoneOn { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Raised on every change: two people closing the same follow-up do not overwrite each other.</summary>
    public int Version { get; set; }
}
