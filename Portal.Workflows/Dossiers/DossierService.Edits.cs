using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

public sealed partial class DossierService
{
    /// <summary>The commune's input for one criterion; a refused input (say 101 of 100) stores nothing.</summary>
    public Task<StepResult> SaveSelfInputAsync(UserScope scope, int id, int version, string criterionNo, CriterionInput? input,
        string? sourceNote, CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.SelfInput, c =>
        {
            var (points, errors) = input is null ? (null, []) : ScoreOne(c, criterionNo, input);
            if (errors.Count > 0) return errors;
            var entry = Entry(c.Dossier, criterionNo);
            (entry.SelfInputJson, entry.SelfPoints, entry.SourceNote) = (input is null ? null : CriterionInputJson.Write(input), points, sourceNote?.Trim());
            (entry.SelfBy, entry.SelfAtUtc) = (scope.UserName, c.NowUtc);
            c.Dossier.SelfTotal = DossierScoring.SelfScore(c.Set, c.Dossier).Total;
            return null;
        }, ct);

    /// <summary>The appraising level's value for one criterion; a change from the self-assessed points needs a reason.</summary>
    public Task<StepResult> SaveAppraisalAsync(UserScope scope, int id, int version, string criterionNo, CriterionInput input,
        string? reason, CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.Appraisal, c =>
        {
            var (points, errors) = ScoreOne(c, criterionNo, input);
            if (errors.Count > 0) return errors;
            var entry = Entry(c.Dossier, criterionNo);
            if (points != entry.SelfPoints && string.IsNullOrWhiteSpace(reason))
                return [WorkflowText.Get("Dossiers.AppraisalReasonRequired", criterionNo)];
            (entry.AppraisedInputJson, entry.AppraisedPoints, entry.AppraisalReason) = (CriterionInputJson.Write(input), points, reason?.Trim());
            (entry.AppraisedBy, entry.AppraisedAtUtc) = (scope.UserName, c.NowUtc);
            c.Dossier.AppraisedTotal = DossierScoring.AppraisedScore(c.Set, c.Dossier).Total;
            return null;
        }, ct);

    public Task<StepResult> SaveCouncilAsync(UserScope scope, int id, int version, DateOnly? date, string? members, string? result,
        CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.Council, c =>
        {
            if (date is { } d && d > c.Today) return [WorkflowText.Get("Dossiers.DateInFuture")];
            (c.Dossier.CouncilDate, c.Dossier.CouncilMembers, c.Dossier.CouncilResult) = (date, members?.Trim(), result?.Trim());
            return null;
        }, ct);

    public Task<StepResult> SavePostingAsync(UserScope scope, int id, int version, DateOnly? start, DateOnly? lastDay, string? remarks,
        CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.Posting, c =>
        {
            if (start is { } s && lastDay is { } l && l < s) return [WorkflowText.Get("Dossiers.PostingEndsBeforeStart")];
            (c.Dossier.PostingStart, c.Dossier.PostingLastDay, c.Dossier.PostingRemarks) = (start, lastDay, remarks?.Trim());
            return null;
        }, ct);

    public Task<StepResult> SaveReviewAsync(UserScope scope, int id, int version, DateOnly? date, string? members, string? recommendation,
        string? decisionNumber, DateOnly? decisionDate, string? signer, CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.ReviewAndDecision, c =>
        {
            var d = c.Dossier;
            (d.ReviewCouncilDate, d.ReviewCouncilMembers, d.ReviewRecommendation) = (date, members?.Trim(), recommendation?.Trim());
            (d.DecisionNumber, d.DecisionDate, d.DecisionSigner) = (decisionNumber?.Trim(), decisionDate, signer?.Trim());
            return null;
        }, ct);

    public Task<StepResult> AnswerReturnAsync(UserScope scope, int id, int version, int itemId, string answer, CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.AnswerReturn, c =>
        {
            var item = c.Db.ReturnItems.FirstOrDefault(r => r.Id == itemId && r.DossierId == id);
            if (item is null) return [WorkflowText.Get("Dossiers.NotFound")];
            if (string.IsNullOrWhiteSpace(answer)) return [WorkflowText.Get("Dossiers.AnswerRequired")];
            (item.Answer, item.AnsweredBy, item.AnsweredAtUtc) = (answer.Trim(), scope.UserName, c.NowUtc);
            return null;
        }, ct);

    public Task<StepResult> AddCommentAsync(UserScope scope, int id, int version, string text, CancellationToken ct = default) =>
        EditAsync(scope, id, version, DossierEdit.Comment, c =>
        {
            if (string.IsNullOrWhiteSpace(text)) return [WorkflowText.Get("Dossiers.CommentEmpty")];
            c.Db.DossierComments.Add(new DossierComment { DossierId = id, AtUtc = c.NowUtc, UserName = scope.UserName, Text = text.Trim() });
            return null;
        }, ct);

    private Task<StepResult> EditAsync(UserScope scope, int id, int version, DossierEdit edit,
        Func<Context, IReadOnlyList<string>?> change, CancellationToken ct) =>
        MutateAsync(scope, id, version, $"edit {edit}", async c =>
        {
            if (DossierEditRules.Allows(edit, c.Dossier.State, c.Dossier.Round!.Chain, scope.Roles)) return change(c);
            var anyState = Enum.GetValues<DossierState>().Any(s => DossierEditRules.Allows(edit, s, c.Dossier.Round.Chain, scope.Roles));
            return anyState ? [WorkflowText.Get("Dossiers.WrongStage")] : await RefuseRoleAsync(scope, id, $"edit {edit}", ct);
        }, ct);

    /// <summary>The points of one criterion's input, or the engine's reasons for refusing it.</summary>
    private static (int? Points, IReadOnlyList<string> Errors) ScoreOne(Context c, string no, CriterionInput input)
    {
        if (c.Set.FindCriterion(no) is null) return (null, [WorkflowText.Get("Dossiers.UnknownCriterion", no)]);
        try
        {
            return (DossierScoring.PointsFor(c.Set, c.Dossier.Category, no, input), []);
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
