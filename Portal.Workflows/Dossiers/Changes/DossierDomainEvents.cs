using Portal.Data.Dossiers;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Something that happened to a dossier inside a change, before it is saved. Handlers registered for it
/// (<see cref="IDossierEventHandler{TEvent}"/>) work in the change's own database context, so what they add is saved
/// in the same transaction as the change, or not at all (docs/decisions/0010-dossier-use-cases-and-step-events.md).
/// </summary>
public abstract record DossierDomainEvent(int DossierId, int UnitId)
{
    /// <summary>Hands the event to the handlers of its own type (so the bus needs no reflection).</summary>
    internal abstract Task PublishAsync(DossierEventBus bus, DossierUnitOfWork work, CancellationToken ct);
}

/// <summary>
/// A step of the workflow was taken. <paramref name="From"/> = <paramref name="To"/> for the leader's sign-off.
/// <paramref name="Comment"/> is the history row's (the reason given), passed so no handler looks for the row.
/// </summary>
public sealed record DossierStepTaken(int DossierId, int UnitId, DossierState From, DossierState To, DossierTrigger Trigger,
    string UserName, string? Comment = null) : DossierDomainEvent(DossierId, UnitId)
{
    internal override Task PublishAsync(DossierEventBus bus, DossierUnitOfWork work, CancellationToken ct) => bus.SendAsync(this, work, ct);
}

/// <summary>Data of the dossier was entered or changed (inputs, council, posting, files, answers, review, comments).</summary>
public sealed record DossierDataChanged(int DossierId, int UnitId, DossierEdit Edit, string UserName) : DossierDomainEvent(DossierId, UnitId)
{
    internal override Task PublishAsync(DossierEventBus bus, DossierUnitOfWork work, CancellationToken ct) => bus.SendAsync(this, work, ct);
}

/// <summary>A change after the leader's sign-off voided it (<see cref="SignOffVoiding"/>): the leader must sign again.</summary>
public sealed record DossierSignOffVoided(int DossierId, int UnitId, string UserName) : DossierDomainEvent(DossierId, UnitId)
{
    internal override Task PublishAsync(DossierEventBus bus, DossierUnitOfWork work, CancellationToken ct) => bus.SendAsync(this, work, ct);
}

/// <summary>
/// Reacts to a dossier event inside the change that raised it: it may read and add through <see cref="DossierUnitOfWork.Db"/>
/// but must not save (the change saves once). Throwing undoes the whole change.
/// </summary>
public interface IDossierEventHandler<in TEvent> where TEvent : DossierDomainEvent
{
    Task HandleAsync(TEvent e, DossierUnitOfWork work, CancellationToken ct);
}
