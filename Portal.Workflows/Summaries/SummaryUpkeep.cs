using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Keeps the summaries in the step's own transaction (record 0015): every step and every edit rewrites the dossier's
/// row; a step into or out of a final state (recognised, not recognised, withdrawn, not finished) also rewrites its
/// commune's streaks and those of the communes that carry on its years (merger lineage).
/// </summary>
public sealed class SummaryUpkeep : IDossierEventHandler<DossierStepTaken>, IDossierEventHandler<DossierDataChanged>
{
    public async Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct)
    {
        await SummaryStore.KeepDossierAsync(work.Db, work.Dossier, ct);
        if (!IsFinal(e.To) && !IsFinal(e.From)) return;
        await SummaryStore.KeepCommuneAsync(work.Db, e.UnitId, ct, work.Streaks);
        await SummaryStore.KeepSuccessorsAsync(work.Db, [e.UnitId], ct, work.Streaks);
    }

    public Task HandleAsync(DossierDataChanged e, DossierUnitOfWork work, CancellationToken ct) =>
        SummaryStore.KeepDossierAsync(work.Db, work.Dossier, ct);

    /// <summary>A state with no stage left is a verdict (or the round's end): it decides the commune's year.</summary>
    private static bool IsFinal(Portal.Data.Dossiers.DossierState state) => DossierStages.StageOf(state) is null;
}
