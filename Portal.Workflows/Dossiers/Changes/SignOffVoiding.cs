using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The commune leader signs off the dossier as it stands. A figure, a document, the council, the posting or an answer
/// to a return changed afterwards voids that sign-off, in the same change: the leader must sign what is sent. The
/// history says why, naming what changed ("criterion:3", "document:RequestLetter"…), and the page shows it.
/// </summary>
public sealed class SignOffVoiding : IDossierEventHandler<DossierDataChanged>
{
    /// <summary>The history row's step name (not a step of the workflow: it changes no state).</summary>
    public const string HistoryTrigger = "SignOffVoided";

    public Task HandleAsync(DossierDataChanged e, DossierUnitOfWork work, CancellationToken ct)
    {
        var d = work.Dossier;
        if (d.LeaderSignedOffAtUtc is null) return Task.CompletedTask;
        var changed = Changed(work, e.Edit);
        if (changed.Count == 0) return Task.CompletedTask; // saved again as it was: the sign-off still holds
        (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (null, null);
        work.Db.DossierEvents.Add(new DossierEvent
        {
            DossierId = d.Id, AtUtc = work.NowUtc, UserId = work.Scope.UserId, UserName = e.UserName,
            Role = work.Scope.Roles.FirstOrDefault(), FromState = d.State, ToState = d.State, Trigger = HistoryTrigger,
            Comment = string.Join(' ', changed),
        });
        work.Raise(new DossierSignOffVoided(d.Id, d.UnitId, e.UserName));
        return Task.CompletedTask;
    }

    /// <summary>What the change altered of the signed content, read from the change tracker (nothing is saved yet).</summary>
    private static List<string> Changed(DossierUnitOfWork work, DossierEdit edit)
    {
        var tracker = work.Db.ChangeTracker;
        return edit switch
        {
            DossierEdit.SelfInput => [.. tracker.Entries<CriterionEntry>()
                .Where(x => x.State == EntityState.Added || IsModified(x, nameof(CriterionEntry.SelfInputJson)))
                .Select(x => $"criterion:{x.Entity.CriterionNo}")],
            DossierEdit.Files => [.. tracker.Entries<DossierFile>().Where(x => x.State is EntityState.Added or EntityState.Modified)
                .Select(x => x.Entity.Kind == DocumentKind.Evidence ? $"evidence:{x.Entity.CriterionNo}" : $"document:{x.Entity.Kind}").Distinct()],
            DossierEdit.Council when Modified(work, nameof(Dossier.CouncilDate), nameof(Dossier.CouncilMembers), nameof(Dossier.CouncilResult)) => ["council"],
            DossierEdit.Posting when Modified(work, nameof(Dossier.PostingStart), nameof(Dossier.PostingLastDay), nameof(Dossier.PostingRemarks)) => ["posting"],
            DossierEdit.AnswerReturn => [.. tracker.Entries<ReturnItem>().Where(x => IsModified(x, nameof(ReturnItem.Answer))).Select(_ => "answer").Distinct()],
            _ => [],
        };
    }

    private static bool Modified(DossierUnitOfWork work, params string[] properties) =>
        properties.Any(p => IsModified(work.Db.Entry(work.Dossier), p));

    private static bool IsModified<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, string property) where T : class
    {
        var p = entry.Property(property);
        return p.IsModified && !Equals(p.OriginalValue, p.CurrentValue);
    }
}
