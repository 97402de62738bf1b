using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Rewards;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// What one change of a dossier works on: the tracked dossier (with its round, unit, and the criteria and files
/// <see cref="Parts"/> says were loaded), its set, who acts and when, and the events raised so far. Everything added to
/// <see cref="Db"/> is saved with the change.
/// </summary>
public sealed class DossierUnitOfWork(PortalDbContext db, Dossier dossier, StandardSet set, UserScope scope, DateOnly today, DateTime nowUtc,
    DossierParts parts = DossierParts.All)
{
    private readonly Queue<DossierDomainEvent> _raised = new();
    private readonly List<Action> _afterSave = [];

    public PortalDbContext Db { get; } = db;
    public Dossier Dossier { get; } = dossier;
    public StandardSet Set { get; } = set;
    public UserScope Scope { get; } = scope;
    /// <summary>The day of the change in the portal's time zone (Vietnam).</summary>
    public DateOnly Today { get; } = today;
    public DateTime NowUtc { get; } = nowUtc;
    /// <summary>Which of the dossier's criteria and files are loaded: a step loads only what its guards and data read.</summary>
    public DossierParts Parts { get; } = parts;
    /// <summary>The approval chain of the dossier's round: who may act.</summary>
    public ApprovalPolicy Policy { get; } = ApprovalPolicy.For(dossier.Round!);
    /// <summary>The communes' pending streaks read in this unit of work: a recognition's rewards and summary share one reading.</summary>
    public PendingStreakMemo Streaks { get; } = new();

    /// <summary>Announces what happened; the handlers run before the one save.</summary>
    public void Raise(DossierDomainEvent e) => _raised.Enqueue(e);

    internal DossierDomainEvent? TakeRaised() => _raised.TryDequeue(out var e) ? e : null;

    /// <summary>Something to do only once the change is saved (telling open pages), never when it is not.</summary>
    public void AfterSave(Action action) => _afterSave.Add(action);

    internal void Saved()
    {
        foreach (var action in _afterSave) action();
    }
}
