using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

public sealed partial class DossierService
{
    /// <summary>
    /// Takes one step of the workflow. The state change, the data that moves with it and the history row are saved
    /// together or not at all. A return for supplement needs at least one item, each with its reason.
    /// </summary>
    public async Task<StepResult> FireAsync(UserScope scope, int id, int expectedVersion, DossierTrigger trigger, string? reason,
        IReadOnlyList<ReturnRequest>? returnItems = null, CancellationToken ct = default)
    {
        var result = await TakeStepAsync(scope, id, expectedVersion, trigger, reason, returnItems, ct);
        // A recognition may complete a streak of 3 or 5 years; the recompute is idempotent, so it runs after the commit.
        if (result.Succeeded && trigger == DossierTrigger.Recognize) await rewards.RecomputeAsync(ct);
        return result;
    }

    private Task<StepResult> TakeStepAsync(UserScope scope, int id, int expectedVersion, DossierTrigger trigger, string? reason,
        IReadOnlyList<ReturnRequest>? returnItems, CancellationToken ct) =>
        MutateAsync(scope, id, expectedVersion, $"step {trigger}", async c =>
        {
            var d = c.Dossier;
            var facts = DossierFactsReader.Read(d, c.Set, c.Today);
            var workflow = DossierWorkflow.For(() => d.State, s => d.State = s, d.Round!.Chain, scope.Roles, facts);
            var check = workflow.Check(trigger, reason);
            if (check.RoleRefused) return await RefuseRoleAsync(scope, id, $"step {trigger}", ct);
            if (!check.Allowed) return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? check.MessagesEn : check.Messages;
            var items = (returnItems ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Reason)).ToList();
            if (trigger == DossierTrigger.ReturnForSupplement && items.Count == 0) return [WorkflowText.Get("Dossiers.ReturnNeedsItems")];

            var from = d.State;
            await workflow.FireAsync(trigger, reason);
            await ApplySideEffectsAsync(c, scope, trigger, items, ct);
            if (from != d.State) d.StateSince = c.Today;
            c.Db.DossierEvents.Add(new DossierEvent
            {
                DossierId = d.Id, AtUtc = c.NowUtc, UserId = scope.UserId, UserName = scope.UserName,
                Role = DossierWorkflow.RolesFor(trigger, d.Round.Chain).FirstOrDefault(scope.Roles.Contains),
                FromState = from, ToState = d.State, Trigger = trigger.ToString(), Comment = reason?.Trim(),
            });
            return null;
        }, ct);

    /// <summary>The data each step carries with it.</summary>
    private static async Task ApplySideEffectsAsync(Context c, UserScope scope, DossierTrigger trigger,
        IReadOnlyList<ReturnRequest> items, CancellationToken ct)
    {
        var d = c.Dossier;
        switch (trigger)
        {
            case DossierTrigger.StartPosting:
                d.PostingStart ??= c.Today;
                break;
            case DossierTrigger.SignOffSubmission:
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (scope.UserName, c.NowUtc);
                break;
            case DossierTrigger.Submit or DossierTrigger.Resubmit:
                d.SelfTotal = DossierScoring.SelfScore(c.Set, d).Total;
                break;
            case DossierTrigger.ReturnForSupplement:
                // A resubmission needs a fresh sign-off by the commune leader.
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (null, null);
                var returnNo = 1 + (await c.Db.ReturnItems.Where(r => r.DossierId == d.Id).MaxAsync(r => (int?)r.ReturnNo, ct) ?? 0);
                c.Db.ReturnItems.AddRange(items.Select(i => new ReturnItem
                {
                    DossierId = d.Id, ReturnNo = returnNo, Subject = i.Subject, Reason = i.Reason.Trim(),
                    RaisedBy = scope.UserName, RaisedAtUtc = c.NowUtc,
                }));
                break;
            case DossierTrigger.SendToReviewCouncil or DossierTrigger.Recognize or DossierTrigger.RefuseRecognition:
                d.AppraisedTotal = DossierScoring.AppraisedScore(c.Set, d).Total;
                break;
        }
    }
}
