using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;

namespace Portal.Workflows.Dossiers;

/// <summary>What a change loads of a dossier beyond its row, its round (with the due dates) and its unit (with the parent).</summary>
[Flags]
public enum DossierParts
{
    None = 0,
    Criteria = 1,
    Files = 2,
    All = Criteria | Files,
}

/// <summary>
/// Loads a dossier for a change, tracked. The queries are compiled: a step runs them hundreds of times a second, and
/// finding an ordinary query's translation again (walking its expression) was a visible part of each step. The criteria
/// and files are loaded only when asked for, after the access check: a step whose guards read neither skips both.
/// </summary>
internal static class DossierLoad
{
    // The unit's parent comes along so the summary knows the commune's district and province without a query of its own.
    // The round's due dates are read by a second, narrow query: joined in, they repeated the dossier's, the round's and
    // the units' hundred columns once per due date (seven rows for one dossier), which cost more than the extra statement.
    private static readonly CompiledPerModel<Func<PortalDbContext, int, CancellationToken, Task<Dossier?>>> Row = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id, CancellationToken ct) => db.Dossiers.Include(x => x.Round)
            .Include(x => x.Unit).ThenInclude(u => u!.Parent).FirstOrDefault(x => x.Id == id)));

    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<RoundDeadline>>> DeadlinesOf = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId) => db.Set<RoundDeadline>().Where(x => x.RoundId == roundId)));

    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<CriterionEntry>>> CriteriaOf = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.CriterionEntries.Where(c => c.DossierId == id)));

    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<DossierFile>>> FilesOf = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.DossierFiles.Where(f => f.DossierId == id)));

    /// <summary>The dossier with its round (due dates loaded) and its unit (with the parent); null when there is none.</summary>
    public static async Task<Dossier?> RowAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var d = await Row.For(db)(db, id, ct);
        if (d?.Round is not { } round) return d;
        // Tracked rows are fixed up into round.Deadlines as they arrive.
        await foreach (var _ in DeadlinesOf.For(db)(db, round.Id).WithCancellation(ct)) { }
        db.Entry(round).Collection(nameof(Round.Deadlines)).IsLoaded = true;
        return d;
    }

    /// <summary>Loads the parts asked for into the tracked dossier; each is marked loaded, as an Include would.</summary>
    public static async Task LoadPartsAsync(PortalDbContext db, Dossier d, DossierParts parts, CancellationToken ct)
    {
        if (parts.HasFlag(DossierParts.Criteria))
        {
            // Tracked rows are fixed up into d.Criteria as they arrive.
            await foreach (var _ in CriteriaOf.For(db)(db, d.Id).WithCancellation(ct)) { }
            db.Entry(d).Collection(x => x.Criteria).IsLoaded = true;
        }
        if (parts.HasFlag(DossierParts.Files))
        {
            await foreach (var _ in FilesOf.For(db)(db, d.Id).WithCancellation(ct)) { }
            db.Entry(d).Collection(x => x.Files).IsLoaded = true;
        }
    }
}
