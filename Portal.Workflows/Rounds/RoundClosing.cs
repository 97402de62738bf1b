using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Summaries;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

/// <summary>
/// Closes a round: every dossier without a decision ends as <see cref="DossierState.NotFinished"/> (the commune was not
/// recognised that year), each with its history row and its step event, then the round is marked closed — all in one
/// transaction. The daily job closes a round once its decision due date plus its grace period has passed; the province
/// officer may close it earlier. Closing a closed round does nothing (docs/decisions/0005-streaks-and-rewards.md).
/// </summary>
public sealed class RoundClosing(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, DossierEventBus events,
    AccessLog accessLog, TimeProvider clock)
{
    private static readonly IReadOnlySet<string> Closer = new HashSet<string> { ApprovalPolicy.SystemRole };

    /// <summary>Closes the round; gives how many dossiers it ended as not finished.</summary>
    public async Task<Outcome<int>> CloseAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var round = await db.Rounds.Include(r => r.ScopeUnit).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return Outcome.NotFound(WorkflowText.Get("Rounds.NotFound")).As<int>();
        if (!RoundService.CanManage(scope, round.ScopeUnit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"round:{roundId}", "change", "close a round outside scope or role", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<int>();
        }
        if (round.Status == RoundStatus.Closed) return 0;

        var (today, now) = (PortalClock.Today(clock), clock.GetUtcNow().UtcDateTime);
        var finals = DossierWorkflow.FinalStates.ToList();
        var open = await db.Dossiers.Include(d => d.Round).ThenInclude(r => r!.Deadlines).Include(d => d.Unit)
            .Include(d => d.Criteria).Include(d => d.Files).AsSplitQuery()
            .Where(d => d.RoundId == roundId && !finals.Contains(d.State)).ToListAsync(ct);
        foreach (var d in open)
        {
            var work = new DossierUnitOfWork(db, d, await scoring.SetAsync(d.StandardCode, ct), scope, today, now);
            var workflow = DossierWorkflow.For(() => d.State, s => d.State = s, work.Policy, Closer,
                new DossierFacts { Today = today, RoundClosing = true });
            var from = d.State;
            await workflow.FireAsync(DossierTrigger.CloseRound);
            (d.StateSince, d.UpdatedAtUtc) = (today, now);
            d.Version++;
            var comment = WorkflowText.Vi("Rounds.ClosedComment", round.Year);
            db.DossierEvents.Add(new DossierEvent
            {
                DossierId = d.Id, AtUtc = now, UserId = scope.UserId, UserName = scope.UserName, FromState = from, ToState = d.State,
                Trigger = nameof(DossierTrigger.CloseRound), Comment = comment,
            });
            work.Raise(new DossierStepTaken(d.Id, d.UnitId, from, d.State, DossierTrigger.CloseRound, scope.UserName, comment));
            await events.PublishAllAsync(work, ct);
        }
        (round.Status, round.ClosedAtUtc, round.ClosedBy) = (RoundStatus.Closed, now, scope.UserName);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            // Closing decides the year for every commune the round covers, with a dossier or without: their summaries are
            // read again from the saved detail, in the same transaction (record 0015).
            await SummaryStore.RefreshRoundAsync(db, roundId, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(WorkflowText.Get("Dossiers.Conflict")).As<int>();
        }
        return open.Count;
    }

    /// <summary>The last day a round stays open by itself: its decision due date plus its grace period.</summary>
    public static DateOnly? ClosesAfter(Round round) =>
        round.Deadlines.FirstOrDefault(d => d.Stage == RoundStage.Decision)?.DueDate.AddDays(round.GraceDays);
}
