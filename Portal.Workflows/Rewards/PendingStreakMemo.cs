using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;

namespace Portal.Workflows.Rewards;

/// <summary>
/// A recognition asks for its commune's pending streaks twice in one unit of work: for the reward proposals
/// (<see cref="RecognitionRewards"/>) and for the commune's summary. The unit of work (<see cref="Dossiers.DossierUnitOfWork"/>)
/// holds one memo, so the second asker gets the first's answer as long as its tracked dossiers' states are the ones the
/// answer was read with; anything else reads again. It never outlives its unit of work, which saves once, at its end:
/// an answer is never given after a save. Not thread-safe, like the context.
/// </summary>
public sealed class PendingStreakMemo
{
    private sealed record Answer(int CommuneId, string PendingStates, CommuneStreaks? Streaks);

    private readonly List<Answer> _answers = [];

    internal async Task<CommuneStreaks?> GetOrReadAsync(DbContext db, int communeId, Func<Task<CommuneStreaks?>> read)
    {
        var pending = PendingStates(db);
        var known = _answers.Find(a => a.CommuneId == communeId && a.PendingStates == pending);
        if (known is not null) return known.Streaks;
        var streaks = await read();
        _answers.RemoveAll(a => a.CommuneId == communeId);
        _answers.Add(new Answer(communeId, pending, streaks));
        return streaks;
    }

    private static string PendingStates(DbContext db) => string.Join(',',
        db.ChangeTracker.Entries<Dossier>().Select(e => (e.Entity.Id, e.Entity.State)).OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.State}"));
}
