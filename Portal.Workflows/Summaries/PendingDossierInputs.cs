using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Deadlines;

namespace Portal.Workflows.Summaries;

/// <summary>
/// What a changed dossier's summary needs besides its row and history, taken from what the change loaded when it did
/// (a step loads the round with its due dates and the unit with its parent), read from the database otherwise: a step
/// pays no query for either.
/// </summary>
internal static class PendingDossierInputs
{
    public static async Task<IReadOnlyDictionary<(int RoundId, RoundStage Stage), DateOnly>> DueDatesAsync(PortalDbContext db, Dossier d,
        CancellationToken ct) =>
        d.Round is { } round && db.Entry(round).Collection(nameof(Round.Deadlines)).IsLoaded
            ? round.Deadlines.ToDictionary(x => (x.RoundId, x.Stage), x => x.DueDate)
            : await OnTimeStatistics.DueDatesAsync(db, [d.RoundId], ct);

    /// <summary>Keyed by the commune, like <see cref="CommuneAncestors.ReadAsync(PortalDbContext, int, CancellationToken)"/>.</summary>
    public static async Task<IReadOnlyDictionary<int, Ancestors>> AncestorsAsync(PortalDbContext db, Dossier d, CancellationToken ct) =>
        d.Unit is { } unit && (unit.ParentId is null || unit.Parent is not null)
            ? new Dictionary<int, Ancestors> { [unit.Id] = CommuneAncestors.Of(unit.Id, unit.ParentId, unit.Parent?.ParentId) }
            : await CommuneAncestors.ReadAsync(db, d.UnitId, ct);
}
