using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Deadlines;

namespace Portal.Workflows.Dossiers;

/// <summary>A row of the work queue.</summary>
public sealed record QueueRow(int DossierId, int RoundId, int Year, string UnitName, string? ParentName, DossierState State,
    DateOnly? DueDate, DueStatus DueStatus, bool WaitsForMe, bool ReturnedByMe, int UnitId = 0);

/// <summary>
/// The dossiers in the reader's scope with where each stands against its due date; "waits for me" when one of the
/// reader's roles takes a step from the dossier's state.
/// </summary>
public sealed class DossierQueue(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<QueueRow>> ReadAsync(UserScope scope, int? roundId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var readable = AccessPolicy.ReadableUnits(scope);
        var units = db.Units.Where(readable).Select(u => u.Id);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => units.Contains(d.UnitId) && (roundId == null || d.RoundId == roundId))
            .OrderBy(d => d.Unit!.Path)
            .Select(d => new
            {
                d.Id, d.UnitId, d.RoundId, d.Round!.Year, Round = d.Round!, Unit = d.Unit!.Name, Parent = d.Unit.Parent != null ? d.Unit.Parent.Name : null,
                d.State, d.LeaderSignedOffAtUtc,
                LastReturnBy = db.DossierEvents.Where(e => e.DossierId == d.Id && e.Trigger == nameof(DossierTrigger.ReturnForSupplement))
                    .OrderByDescending(e => e.Id).Select(e => e.UserId).FirstOrDefault(),
            }).Take(2000).ToListAsync(ct);
        var calendars = await RoundCalendars.ReadAsync(db, rows.Select(r => r.RoundId).ToList(), ct);
        var today = PortalClock.Today(clock);
        return rows.Select(r =>
        {
            var (due, status) = calendars.Clock(r.RoundId, r.State, today);
            var waits = ApprovalPolicy.For(r.Round).ActingRoles(r.State, r.LeaderSignedOffAtUtc is not null).Any(scope.Roles.Contains);
            return new QueueRow(r.Id, r.RoundId, r.Year, r.Unit, r.Parent, r.State, due, status, waits,
                r.State == DossierState.ReturnedForSupplement && r.LastReturnBy == scope.UserId, r.UnitId);
        }).ToList();
    }
}
