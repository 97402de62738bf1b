using Portal.Data.Dossiers;

namespace Portal.Data.Summaries;

/// <summary>
/// What dashboards and reports count of one dossier, kept in the same transaction as every change of the dossier
/// (docs/decisions/0015-summaries-kept-with-the-change.md). The unit's ancestors are copied so that a unit filter is an
/// equality on an indexed column, never a prefix match on a path. The detail (dossier, criteria, history) stays the
/// source: <c>check-summaries</c> recomputes these rows from it and reports every difference.
/// </summary>
public class DossierSummary : ISummaryUnits
{
    /// <summary>The dossier's id (one row per dossier, no key of its own).</summary>
    public int DossierId { get; set; }
    public int RoundId { get; set; }
    public int Year { get; set; }
    public int ProvinceId { get; set; }
    /// <summary>Null where the commune has no district (the two-level structure of 2025).</summary>
    public int? DistrictId { get; set; }
    public int CommuneId { get; set; }
    public required string StandardCode { get; set; }
    public DossierState State { get; set; }
    public int? SelfTotal { get; set; }
    public int? AppraisedTotal { get; set; }
    /// <summary>Recognized true, NotRecognized false, anything else (withdrawn, under way) null.</summary>
    public bool? Verdict { get; set; }
    /// <summary>Stages finished (a step left them) and of those finished by the round's due date (record 0008).</summary>
    public int StagesDone { get; set; }
    public int StagesOnTime { get; set; }
    public DateOnly? DecisionDate { get; set; }
    /// <summary>
    /// Each criterion's points (appraised where appraised, else self-assessed) as a written list in criterion order,
    /// "1:3,2:4,5:0", criteria without points left out: the failed-criteria panel counts them without reading each
    /// dossier's criterion rows. Points, not failed flags: the panel also shows the average and the share lost, and the
    /// "achieved" mark stays the standard set's, applied when the panel reads them.
    /// </summary>
    public string CriterionPoints { get; set; } = "";
}
