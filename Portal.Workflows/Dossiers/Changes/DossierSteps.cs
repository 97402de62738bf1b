using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>One return-for-supplement line: the subject ("criterion:3", "document:RequestLetter", "general") and why.</summary>
public sealed record ReturnRequest(string Subject, string Reason);

/// <summary>
/// Takes the steps of the workflow. The state change, the data that moves with it, the history row and what the step's
/// handlers add (a recognition's reward proposals) are saved together or not at all.
/// </summary>
public sealed class DossierSteps(DossierMutation mutation, DossierScoring scoring)
{
    /// <summary>Takes one step; gives the dossier's new version. A return for supplement needs an item with its reason.</summary>
    public Task<Outcome<int>> FireAsync(UserScope scope, int id, int expectedVersion, DossierTrigger trigger, string? reason,
        IReadOnlyList<ReturnRequest>? returnItems = null, CancellationToken ct = default) =>
        mutation.RunAsync(scope, id, expectedVersion, $"step {trigger}", d => PartsFor(d.State, trigger), async work =>
        {
            var d = work.Dossier;
            var scores = work.Parts.HasFlag(DossierParts.Criteria) ? scoring.Score(work.Set, d) : null;
            var facts = DossierFactsReader.Read(d, work.Set, scores, work.Today);
            var workflow = DossierWorkflow.For(() => d.State, s => d.State = s, work.Policy, scope.Roles, facts);
            var check = workflow.Check(trigger, reason);
            if (check.RoleRefused) return await mutation.RefuseRoleAsync(scope, id, $"step {trigger}", ct);
            if (!check.Allowed) return Outcome.Invalid(check.MessagesForReader);
            var items = (returnItems ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Reason)).ToList();
            if (trigger == DossierTrigger.ReturnForSupplement && items.Count == 0) return Outcome.Invalid(WorkflowText.Get("Dossiers.ReturnNeedsItems"));

            var from = d.State;
            await workflow.FireAsync(trigger, reason);
            await CarryDataAsync(work, trigger, scores, items, ct);
            if (from != d.State) d.StateSince = work.Today;
            var comment = CommentOf(trigger, reason, d);
            work.Db.DossierEvents.Add(new DossierEvent
            {
                DossierId = d.Id, AtUtc = work.NowUtc, UserId = scope.UserId, UserName = scope.UserName,
                Role = work.Policy.RolesFor(trigger).FirstOrDefault(scope.Roles.Contains),
                FromState = from, ToState = d.State, Trigger = trigger.ToString(), Comment = comment,
            });
            work.Raise(new DossierStepTaken(d.Id, d.UnitId, from, d.State, trigger, scope.UserName, comment));
            return Outcome.Done;
        }, ct);

    /// <summary>
    /// What a step reads of the dossier beyond its row: what the guards of its transition out of <paramref name="state"/>
    /// read, and the criteria when it carries figures (totals, the figures as returned). Most steps need neither.
    /// </summary>
    public static DossierParts PartsFor(DossierState state, DossierTrigger trigger)
    {
        // A step the state does not have is refused as in the wrong state: it reads nothing.
        var transitions = DossierWorkflow.Transitions.Where(t => t.From == state && t.Trigger == trigger).ToList();
        if (transitions.Count == 0) return DossierParts.None;
        return transitions.SelectMany(t => t.Guards)
            .Aggregate(CarriesFigures(trigger) ? DossierParts.Criteria : DossierParts.None, (parts, g) => parts | DossierFactsReader.PartsFor(g));
    }

    private static bool CarriesFigures(DossierTrigger trigger) => trigger is DossierTrigger.Submit or DossierTrigger.Resubmit
        or DossierTrigger.ReturnForSupplement or DossierTrigger.SendToReviewCouncil or DossierTrigger.Recognize or DossierTrigger.RefuseRecognition;

    /// <summary>
    /// What the history says with a step: its reason; accepting for appraisal also records that the commune's category
    /// (as the province set it, or as corrected before) was checked.
    /// </summary>
    private static string? CommentOf(DossierTrigger trigger, string? reason, Dossier d) =>
        trigger == DossierTrigger.AcceptForAppraisal && string.IsNullOrWhiteSpace(reason)
            ? WorkflowText.Vi("Dossiers.CategoryConfirmed", d.Category)
            : reason?.Trim();

    /// <summary>The data each step carries with it.</summary>
    private static async Task CarryDataAsync(DossierUnitOfWork work, DossierTrigger trigger, DossierScores? scored,
        IReadOnlyList<ReturnRequest> items, CancellationToken ct)
    {
        var d = work.Dossier;
        // PartsFor loads the criteria of every step that carries figures: without them a total would be silently wrong.
        DossierScores Scores() => scored ?? throw new InvalidOperationException($"{trigger} carries figures but the criteria were not loaded.");
        switch (trigger)
        {
            case DossierTrigger.StartPosting:
                d.PostingStart ??= work.Today;
                break;
            case DossierTrigger.SignOffSubmission:
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (work.Scope.UserName, work.NowUtc);
                break;
            case DossierTrigger.Submit or DossierTrigger.Resubmit:
                d.SelfTotal = Scores().Self.Total;
                break;
            case DossierTrigger.ReturnForSupplement:
                // A resubmission needs a fresh sign-off by the commune leader.
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (null, null);
                // The figures as returned: the appraising office will see what the commune changes, as before → after.
                foreach (var e in d.Criteria) (e.ReturnedSelfInputJson, e.ReturnedSelfPoints) = (e.SelfInputJson, e.SelfPoints);
                var returnNo = 1 + (await work.Db.ReturnItems.Where(r => r.DossierId == d.Id).MaxAsync(r => (int?)r.ReturnNo, ct) ?? 0);
                work.Db.ReturnItems.AddRange(items.Select(i => new ReturnItem
                {
                    DossierId = d.Id, ReturnNo = returnNo, Subject = i.Subject, Reason = i.Reason.Trim(),
                    RaisedBy = work.Scope.UserName, RaisedAtUtc = work.NowUtc,
                }));
                break;
            case DossierTrigger.SendToReviewCouncil or DossierTrigger.Recognize or DossierTrigger.RefuseRecognition:
                d.AppraisedTotal = Scores().Appraised.Total;
                break;
        }
    }
}
