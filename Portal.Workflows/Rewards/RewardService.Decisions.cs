using Microsoft.EntityFrameworkCore;
using Portal.Data.Rewards;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rewards;

public sealed partial class RewardService
{
    /// <summary>
    /// Records the leader's decision on a proposal: number, date and signer are required, the amount is what the
    /// decision says (optional, never negative). Only the deciding leader of the proposal's level, with the commune in
    /// scope, may record it; anyone else is refused and the refusal logged. Nothing is saved on any error.
    /// </summary>
    public Task<Outcome> DecideAsync(UserScope scope, int proposalId, string? number, DateOnly? date, RewardForm form,
        long? amountVnd, string? signer, CancellationToken ct = default) =>
        CloseAsync(scope, proposalId, "decide", (p, today) =>
        {
            var errors = new List<string>();
            if (string.IsNullOrWhiteSpace(number)) errors.Add(WorkflowText.Get("Rewards.NumberRequired"));
            if (date is null) errors.Add(WorkflowText.Get("Rewards.DateRequired"));
            else if (date > today) errors.Add(WorkflowText.Get("Rewards.DateInFuture"));
            if (string.IsNullOrWhiteSpace(signer)) errors.Add(WorkflowText.Get("Rewards.SignerRequired"));
            if (amountVnd < 0) errors.Add(WorkflowText.Get("Rewards.AmountNegative"));
            if (!Enum.IsDefined(form)) errors.Add(WorkflowText.Get("Rewards.FormRequired"));
            if (errors.Count > 0) return errors;
            (p.Status, p.DecisionNumber, p.DecisionDate, p.Form) = (RewardStatus.Decided, number!.Trim(), date, form);
            (p.AmountVnd, p.Signer) = (amountVnd, signer!.Trim());
            return [];
        }, ct);

    /// <summary>Closes a proposal without a reward, with the reason; the same leaders as for a decision.</summary>
    public Task<Outcome> DeclineAsync(UserScope scope, int proposalId, string? reason, CancellationToken ct = default) =>
        CloseAsync(scope, proposalId, "decline", (p, _) =>
        {
            if (string.IsNullOrWhiteSpace(reason)) return [WorkflowText.Get("Rewards.ReasonRequired")];
            (p.Status, p.DeclineReason) = (RewardStatus.Declined, reason.Trim());
            return [];
        }, ct);

    private async Task<Outcome> CloseAsync(UserScope scope, int proposalId, string action,
        Func<RewardProposal, DateOnly, List<string>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposal = await db.RewardProposals.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null) return Outcome.NotFound(WorkflowText.Get("Rewards.NotFound"));
        if (!MayDecide(scope, proposal.DeciderLevel, proposal.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"reward:{proposalId}", "change",
                $"{action} a {proposal.Level} reward: role or scope not allowed", ct);
            return Outcome.Refused(WorkflowText.Get("Rewards.Refused"));
        }
        if (proposal.Status != RewardStatus.Proposed) return Outcome.Conflict(WorkflowText.Get("Rewards.AlreadyClosed"));
        var errors = change(proposal, PortalClock.Today(clock));
        if (errors.Count > 0) return Outcome.Invalid(errors);
        (proposal.DecidedBy, proposal.DecidedAtUtc) = (scope.UserName, clock.GetUtcNow().UtcDateTime);
        proposal.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(WorkflowText.Get("Rewards.Conflict"));
        }
        return Outcome.Done;
    }
}
