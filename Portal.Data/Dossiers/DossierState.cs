namespace Portal.Data.Dossiers;

/// <summary>
/// Where a dossier stands in the recognition procedure (PORTAL-SPEC §1 P5). Stored as the dossier row's status, so the
/// numbers are part of the database: append new states, never renumber. Labels live in <c>Portal.Workflows.Dossiers.DossierLabels</c>.
/// </summary>
public enum DossierState
{
    /// <summary>The commune registered to strive for the standard in this round (đã đăng ký).</summary>
    Registered = 0,
    /// <summary>The commune enters its inputs and evidence against the standard (đang tự đánh giá).</summary>
    SelfAssessing = 1,
    /// <summary>The commune evaluation council met and its result is recorded (Hội đồng đánh giá cấp xã đã họp).</summary>
    CouncilHeld = 2,
    /// <summary>The self-assessment result is publicly posted for its period (đang niêm yết).</summary>
    Posted = 3,
    /// <summary>The dossier is with the appraising level, waiting for its completeness check (đã nộp).</summary>
    Submitted = 4,
    /// <summary>The appraising level asked the commune to supplement the dossier (yêu cầu bổ sung).</summary>
    ReturnedForSupplement = 5,
    /// <summary>The appraising level appraises it criterion by criterion (đang thẩm định).</summary>
    UnderAppraisal = 6,
    /// <summary>The review council considers it; the deciding leader signs the outcome (chờ Hội đồng xét duyệt).</summary>
    AtReviewCouncil = 7,
    /// <summary>Final: recognised as child-friendly for this round (đã công nhận).</summary>
    Recognized = 8,
    /// <summary>Final: not recognised in this round (không công nhận).</summary>
    NotRecognized = 9,
    /// <summary>Final: the commune decided not to propose itself for recognition (không đề nghị công nhận).</summary>
    Withdrawn = 10,
    /// <summary>
    /// Final: the round closed with no decision on the dossier, so the commune was not recognised that year
    /// (chưa hoàn thành khi đợt kết thúc). Written by closing the round, never by a person's step.
    /// </summary>
    NotFinished = 11,
}
