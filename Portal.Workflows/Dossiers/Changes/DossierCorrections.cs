using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Corrections the appraising office makes to what the commune cannot change any more, each with a reason and a line in
/// the history: the posting's dates once posting has started, and the commune's category at the completeness check.
/// </summary>
public sealed class DossierCorrections(DossierMutation mutation)
{
    public Task<Outcome<int>> CorrectPostingAsync(UserScope scope, int id, int version, DateOnly? start, DateOnly? lastDay, string? reason,
        CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.PostingCorrection, w =>
        {
            var d = w.Dossier;
            if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid(WorkflowText.Get("Dossiers.CorrectionReasonRequired"));
            if (start is null || lastDay is null) return Outcome.Invalid(WorkflowText.Get("Dossiers.PostingDatesRequired"));
            if (PostingRules.Check(start, lastDay, d.Round!.PostingDays) is { } error) return Outcome.Invalid(error);
            var before = Dates(d.PostingStart, d.PostingLastDay);
            (d.PostingStart, d.PostingLastDay) = (start, lastDay);
            Record(w, DossierRecord.CorrectPosting, $"{before} → {Dates(start, lastDay)}: {reason.Trim()}");
            return Outcome.Done;
        }, ct);

    /// <summary>The district corrects the category the province set, when the dossier shows the commune is of another one.</summary>
    public Task<Outcome<int>> CorrectCategoryAsync(UserScope scope, int id, int version, string? category, string? reason,
        CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Category, w =>
        {
            var d = w.Dossier;
            if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid(WorkflowText.Get("Dossiers.CorrectionReasonRequired"));
            if (category is null || w.Set.FindCategory(category) is null) return Outcome.Invalid(WorkflowText.Get("Rounds.BadCategory", category ?? ""));
            if (category == d.Category) return Outcome.Invalid(WorkflowText.Get("Dossiers.CategoryUnchanged", category));
            var before = d.Category;
            d.Category = category;
            Record(w, DossierRecord.CorrectCategory, $"{before} → {category}: {reason.Trim()}");
            return Outcome.Done;
        }, ct);

    private static void Record(DossierUnitOfWork w, DossierRecord record, string comment) =>
        w.Db.DossierEvents.Add(new DossierEvent
        {
            DossierId = w.Dossier.Id, AtUtc = w.NowUtc, UserId = w.Scope.UserId, UserName = w.Scope.UserName,
            Role = w.Scope.Roles.FirstOrDefault(r => r == w.Policy.AppraisingOfficer), FromState = w.Dossier.State,
            ToState = w.Dossier.State, Trigger = record.ToString(), Comment = comment,
        });

    private static string Dates(DateOnly? start, DateOnly? last) =>
        $"{PortalFormat.Date(start, "")}–{PortalFormat.Date(last, "")}";
}
