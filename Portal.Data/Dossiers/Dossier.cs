using Portal.Data.Rounds;
using Portal.Data.Units;

namespace Portal.Data.Dossiers;

/// <summary>
/// One commune's dossier (hồ sơ) in one round. The workflow state lives here; every change of it is written
/// together with a <see cref="DossierEvent"/> in one transaction, and <see cref="Version"/> stops two people
/// acting on the same dossier at once.
/// </summary>
public class Dossier
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public Round? Round { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    /// <summary>Copied from the round when the dossier is opened: the dossier keeps it for life.</summary>
    public required string StandardCode { get; set; }
    public required string Category { get; set; }
    public DossierState State { get; set; }
    /// <summary>Raised on every change; a save that finds another value was overtaken and is refused.</summary>
    public int Version { get; set; }

    public DateOnly? CouncilDate { get; set; }
    public string? CouncilMembers { get; set; }
    public string? CouncilResult { get; set; }

    public DateOnly? PostingStart { get; set; }
    /// <summary>The last day of the public posting (niêm yết); submission is possible from the next day.</summary>
    public DateOnly? PostingLastDay { get; set; }
    public string? PostingRemarks { get; set; }

    public string? LeaderSignedOffBy { get; set; }
    public DateTime? LeaderSignedOffAtUtc { get; set; }

    public DateOnly? ReviewCouncilDate { get; set; }
    public string? ReviewCouncilMembers { get; set; }
    public string? ReviewRecommendation { get; set; }

    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionSigner { get; set; }
    /// <summary>The signing line: the chairman, or a deputy signing on behalf (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).</summary>
    public SignerTitle? DecisionSignerTitle { get; set; }

    /// <summary>Totals as last scored, kept for lists and reports (the criterion rows are the source).</summary>
    public int? SelfTotal { get; set; }
    public int? AppraisedTotal { get; set; }

    /// <summary>The day the dossier entered its current state: when a stage was done, for on-time counts.</summary>
    public DateOnly StateSince { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<CriterionEntry> Criteria { get; set; } = [];
    public List<DossierFile> Files { get; set; } = [];
}

/// <summary>Self-assessed and appraised inputs and points of one criterion, each with who and when.</summary>
public class CriterionEntry
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public required string CriterionNo { get; set; }
    /// <summary>The input in the engine's JSON shape ({"numerator":…}); null until entered.</summary>
    public string? SelfInputJson { get; set; }
    public int? SelfPoints { get; set; }
    public string? SourceNote { get; set; }
    public string? SelfBy { get; set; }
    public DateTime? SelfAtUtc { get; set; }
    public string? AppraisedInputJson { get; set; }
    public int? AppraisedPoints { get; set; }
    /// <summary>Required whenever the appraised points differ from the self-assessed ones.</summary>
    public string? AppraisalReason { get; set; }
    public string? AppraisedBy { get; set; }
    public DateTime? AppraisedAtUtc { get; set; }
    /// <summary>The commune's input and points as they stood when the dossier was last returned for supplement.</summary>
    public string? ReturnedSelfInputJson { get; set; }
    public int? ReturnedSelfPoints { get; set; }
}

/// <summary>Who signs a decision: the chairman himself, or a vice-chairman on the chairman's behalf.</summary>
public enum SignerTitle { Chairman = 1, DeputyOnBehalf = 2 }
