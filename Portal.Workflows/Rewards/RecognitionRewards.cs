using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Rewards;

/// <summary>
/// A recognition may complete a streak of 3 or 5 years: the commune's reward proposals are added inside the step, so
/// they exist exactly when the recognition does. Only that commune is recomputed (its history and the rounds above it);
/// the scheduled job still recomputes every commune.
/// </summary>
public sealed class RecognitionRewards : IDossierEventHandler<DossierStepTaken>
{
    public async Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct)
    {
        if (e.To != DossierState.Recognized) return;
        if (await RewardHistoryReader.ReadPendingAsync(work.Db, e.UnitId, ct, work.Streaks) is not { } commune) return;
        await RewardService.AddReachedAsync(work.Db, [commune], work.Db.RewardProposals.Where(p => p.UnitId == e.UnitId), work.NowUtc, ct);
    }
}
