using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The data people enter on a dossier beside the steps: inputs, council, posting, appraisal, review and decision,
/// answers to a return, comments. Each is one change through <c>DossierMutation.EditAsync</c>; each gives the
/// dossier's new version.
/// </summary>
public sealed class DossierEdits(DossierMutation mutation)
{
    /// <summary>The commune's input for one criterion; a refused input (say 101 of 100) stores nothing.</summary>
    public Task<Outcome<int>> SaveSelfInputAsync(UserScope scope, int id, int version, string criterionNo, CriterionInput? input,
        string? sourceNote, CancellationToken ct = default) =>
        SaveSelfInputsAsync(scope, id, version, [new SelfInputChange(criterionNo, input, sourceNote)], ct);

    /// <summary>
    /// "Lưu các thay đổi": every changed criterion in one change, all or nothing. One refused input refuses them all,
    /// naming each problem, so the commune never finds some of its figures saved and others lost.
    /// </summary>
    public Task<Outcome<int>> SaveSelfInputsAsync(UserScope scope, int id, int version, IReadOnlyList<SelfInputChange> changes,
        CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.SelfInput, w =>
        {
            var errors = new List<string>();
            foreach (var (criterionNo, input, sourceNote) in changes)
            {
                var (points, problems) = input is null ? (null, []) : ScoreOne(w, criterionNo, input);
                if (problems.Count > 0) { errors.AddRange(problems); continue; }
                var entry = Entry(w.Dossier, criterionNo);
                (entry.SelfInputJson, entry.SelfPoints, entry.SourceNote) = (input is null ? null : CriterionInputJson.Write(input), points, sourceNote?.Trim());
                (entry.SelfBy, entry.SelfAtUtc) = (scope.UserName, w.NowUtc);
            }
            if (errors.Count > 0) return Outcome.Invalid(errors);
            w.Dossier.SelfTotal = DossierScoring.SelfScore(w.Set, w.Dossier).Total;
            return Outcome.Done;
        }, ct);

    /// <summary>The appraising level's value for one criterion; a change from the self-assessed points needs a reason.</summary>
    public Task<Outcome<int>> SaveAppraisalAsync(UserScope scope, int id, int version, string criterionNo, CriterionInput input,
        string? reason, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Appraisal, w => Appraise(w, scope, criterionNo, input, reason), ct);

    /// <summary>
    /// "Đồng ý các tiêu chí còn lại": the self-assessed value recorded as appraised for every criterion not yet
    /// appraised, in one change (all or nothing).
    /// </summary>
    public Task<Outcome<int>> AgreeWithRestAsync(UserScope scope, int id, int version, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Appraisal, w =>
        {
            foreach (var e in w.Dossier.Criteria.Where(e => e.AppraisedInputJson is null && e.SelfInputJson is not null).ToList())
                if (Appraise(w, scope, e.CriterionNo, CriterionInputJson.Read(e.SelfInputJson)!, null) is { Succeeded: false } refused)
                    return refused;
            return Outcome.Done;
        }, ct);

    private static Outcome Appraise(DossierUnitOfWork w, UserScope scope, string criterionNo, CriterionInput input, string? reason)
    {
        var (points, errors) = ScoreOne(w, criterionNo, input);
        if (errors.Count > 0) return Outcome.Invalid(errors);
        var entry = Entry(w.Dossier, criterionNo);
        if (points != entry.SelfPoints && string.IsNullOrWhiteSpace(reason))
            return Outcome.Invalid(WorkflowText.Get("Dossiers.AppraisalReasonRequired", criterionNo));
        (entry.AppraisedInputJson, entry.AppraisedPoints, entry.AppraisalReason) = (CriterionInputJson.Write(input), points, reason?.Trim());
        (entry.AppraisedBy, entry.AppraisedAtUtc) = (scope.UserName, w.NowUtc);
        w.Dossier.AppraisedTotal = DossierScoring.AppraisedScore(w.Set, w.Dossier).Total;
        return Outcome.Done;
    }

    public Task<Outcome<int>> SaveCouncilAsync(UserScope scope, int id, int version, DateOnly? date, string? members, string? result,
        CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Council, w =>
        {
            if (DossierDateRules.Council(date, w.Today) is { Count: > 0 } errors) return Outcome.Invalid(errors);
            (w.Dossier.CouncilDate, w.Dossier.CouncilMembers, w.Dossier.CouncilResult) = (date, members?.Trim(), result?.Trim());
            return Outcome.Done;
        }, ct);

    /// <summary>
    /// The posting's dates and the remarks received. The posting lasts at least the round's posting days; once it has
    /// started its dates are locked (the appraising office corrects them, <see cref="DossierCorrections"/>), the remarks not.
    /// </summary>
    public Task<Outcome<int>> SavePostingAsync(UserScope scope, int id, int version, DateOnly? start, DateOnly? lastDay, string? remarks,
        CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Posting, w =>
        {
            var d = w.Dossier;
            if (DossierDateRules.Posting(start, lastDay, d.CouncilDate) is { Count: > 0 } errors) return Outcome.Invalid(errors);
            if (d.State == Data.Dossiers.DossierState.Posted && (start != d.PostingStart || lastDay != d.PostingLastDay))
                return Outcome.Invalid(WorkflowText.Get("Dossiers.PostingLocked"));
            if (PostingRules.Check(start, lastDay, d.Round!.PostingDays) is { } error) return Outcome.Invalid(error);
            (d.PostingStart, d.PostingLastDay, d.PostingRemarks) = (start, lastDay, remarks?.Trim());
            return Outcome.Done;
        }, ct);

    /// <summary>The review council and the decision: number, date, signer and the signing line (chairman, or a deputy on his behalf).</summary>
    public Task<Outcome<int>> SaveReviewAsync(UserScope scope, int id, int version, DateOnly? date, string? members, string? recommendation,
        string? decisionNumber, DateOnly? decisionDate, string? signer, SignerTitle signerTitle = SignerTitle.Chairman, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.ReviewAndDecision, async w =>
        {
            var submitted = await DossierDateRules.SubmittedOnAsync(w.Db, id, ct);
            if (DossierDateRules.Review(date, decisionDate, submitted, w.Today) is { Count: > 0 } errors) return Outcome.Invalid(errors);
            var d = w.Dossier;
            if (!Enum.IsDefined(signerTitle)) return Outcome.Invalid(WorkflowText.Get("Dossiers.SignerTitleRequired"));
            (d.ReviewCouncilDate, d.ReviewCouncilMembers, d.ReviewRecommendation) = (date, members?.Trim(), recommendation?.Trim());
            (d.DecisionNumber, d.DecisionDate, d.DecisionSigner, d.DecisionSignerTitle) = (decisionNumber?.Trim(), decisionDate, signer?.Trim(), signerTitle);
            return Outcome.Done;
        }, ct);

    public Task<Outcome<int>> AnswerReturnAsync(UserScope scope, int id, int version, int itemId, string answer, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.AnswerReturn, w =>
        {
            var item = w.Db.ReturnItems.FirstOrDefault(r => r.Id == itemId && r.DossierId == id);
            if (item is null) return Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound"));
            if (string.IsNullOrWhiteSpace(answer)) return Outcome.Invalid(WorkflowText.Get("Dossiers.AnswerRequired"));
            (item.Answer, item.AnsweredBy, item.AnsweredAtUtc) = (answer.Trim(), scope.UserName, w.NowUtc);
            return Outcome.Done;
        }, ct);

    public Task<Outcome<int>> AddCommentAsync(UserScope scope, int id, int version, string text, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Comment, w =>
        {
            if (string.IsNullOrWhiteSpace(text)) return Outcome.Invalid(WorkflowText.Get("Dossiers.CommentEmpty"));
            w.Db.DossierComments.Add(new DossierComment { DossierId = id, AtUtc = w.NowUtc, UserName = scope.UserName, Text = text.Trim() });
            return Outcome.Done;
        }, ct);

    /// <summary>The points of one criterion's input, or the engine's reasons for refusing it.</summary>
    private static (int? Points, IReadOnlyList<string> Errors) ScoreOne(DossierUnitOfWork w, string no, CriterionInput input)
    {
        if (w.Set.FindCriterion(no) is null) return (null, [WorkflowText.Get("Dossiers.UnknownCriterion", no)]);
        try
        {
            return (DossierScoring.PointsFor(w.Set, w.Dossier.Category, no, input), []);
        }
        catch (ScoreInputException e)
        {
            return (null, [.. e.Problems.Select(p => p.ForOfficials)]);
        }
    }

    private static CriterionEntry Entry(Dossier d, string no)
    {
        var entry = d.Criteria.FirstOrDefault(e => e.CriterionNo == no);
        if (entry is not null) return entry;
        entry = new CriterionEntry { CriterionNo = no, DossierId = d.Id };
        d.Criteria.Add(entry);
        return entry;
    }
}

/// <summary>One criterion of a "save all": the input (null clears it) and where the figure came from.</summary>
public sealed record SelfInputChange(string CriterionNo, CriterionInput? Input, string? SourceNote);
