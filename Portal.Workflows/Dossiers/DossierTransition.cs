using Portal.Data.Dossiers;
namespace Portal.Workflows.Dossiers;

/// <summary>
/// One step of the process: in <paramref name="From"/>, <paramref name="Trigger"/> leads to <paramref name="To"/> when
/// every guard holds. <paramref name="From"/> = <paramref name="To"/> marks a step that changes no state (sign-off).
/// </summary>
public sealed record DossierTransition(
    DossierState From, DossierTrigger Trigger, DossierState To, IReadOnlyList<DossierGuard> Guards);
