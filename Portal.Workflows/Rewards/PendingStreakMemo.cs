using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;

namespace Portal.Workflows.Rewards;

/// <summary>
/// A recognition asks for its commune's pending streaks twice in one unit of work: for the reward proposals
/// (<see cref="RecognitionRewards"/>) and for the commune's summary. The second asker gets the first's answer as long
/// as the unit of work saved nothing in between and its tracked dossiers' states are the ones the answer was read with;
/// anything else reads again. The portal's contexts live for one change (a step, an edit) and are never kept across
/// changes, so an answer never outlives the unit of work it was read for. Not thread-safe, like the context.
/// </summary>
internal static class PendingStreakMemo
{
    private sealed record Answer(DbContextId Lease, int CommuneId, string PendingStates, CommuneStreaks? Streaks);

    private static readonly ConditionalWeakTable<PortalDbContext, List<Answer>> Answers = new();

    public static async Task<CommuneStreaks?> GetOrReadAsync(PortalDbContext db, int communeId, Func<Task<CommuneStreaks?>> read)
    {
        var answers = Answers.GetValue(db, Forget);
        var pending = PendingStates(db);
        // A pooled context starts a new lease for each unit of work: an answer of an earlier lease is never given.
        var known = answers.Find(a => a.Lease == db.ContextId && a.CommuneId == communeId && a.PendingStates == pending);
        if (known is not null) return known.Streaks;
        var streaks = await read();
        answers.RemoveAll(a => a.CommuneId == communeId);
        answers.Add(new Answer(db.ContextId, communeId, pending, streaks));
        return streaks;
    }

    /// <summary>A save may change what any answer was read from: the list empties after every save of the context.</summary>
    private static List<Answer> Forget(PortalDbContext db)
    {
        var answers = new List<Answer>();
        db.SavedChanges += (_, _) => answers.Clear();
        return answers;
    }

    private static string PendingStates(DbContext db) => string.Join(',',
        db.ChangeTracker.Entries<Dossier>().Select(e => (e.Entity.Id, e.Entity.State)).OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.State}"));
}
