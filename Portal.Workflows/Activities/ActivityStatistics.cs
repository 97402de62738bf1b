using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Data.Activities;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Units;

namespace Portal.Workflows.Activities;

/// <summary>What the units below one unit did for the programme in a year, each counted over its whole subtree.</summary>
public sealed record ActivityCounts(
    int UnitId, string UnitCode, string UnitName,
    int? TargetRegistered, int? TargetRecognised, int Registered,
    int Communications, int AudienceReached, IReadOnlyDictionary<CommunicationKind, int> CommunicationsByKind,
    int SafeModels, IReadOnlyDictionary<SafeModelKind, int> SafeModelsByKind,
    int Inspections, int FollowUpsOpen, int FollowUpsOverdue);

/// <summary>
/// Counts of the provincial plan's activities (P1 targets and registrations, P2 communication, P3 safe models,
/// P7 inspections) for the dashboard and the reports. A safe model counts in every year it was running.
/// </summary>
public sealed class ActivityStatistics(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    /// <summary>One row per unit directly below <paramref name="parentUnitId"/>, or the unit itself when it has none.</summary>
    public async Task<IReadOnlyList<ActivityCounts>> ByChildUnitAsync(UserScope scope, int parentUnitId, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parent = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == parentUnitId, ct);
        if (parent is null || !AccessPolicy.CanRead(scope, parent.Path))
            throw await accessLog.RefusedAsync(scope, $"activities/unit/{parentUnitId}", "read", "unit outside scope", ct);
        return await CountAsync(db, parent.Path, await UnitsBelow.ReadAsync(db, parent, ct), year, ct);
    }

    /// <summary>
    /// The same for a caller that read (and checked) the parent and the units below it already: the dashboard, whose
    /// focus holds both, read them a second time here (issue 12).
    /// </summary>
    internal async Task<IReadOnlyList<ActivityCounts>> ByChildUnitAsync(string parentPath, IReadOnlyList<UnitBelow> rows, int year,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountAsync(db, parentPath, rows, year, ct);
    }

    private async Task<IReadOnlyList<ActivityCounts>> CountAsync(PortalDbContext db, string parentPath, IReadOnlyList<UnitBelow> rows, int year,
        CancellationToken ct)
    {
        // The units below by a range on the path, which its index answers by a search (a prefix LIKE would scan).
        var below = db.Units.Where(UnitPaths.Within(parentPath)).Select(u => u.Id);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var targets = await db.ProgrammeTargets.AsNoTracking().Where(t => t.Year == year && below.Contains(t.UnitId))
            .Select(t => new { t.UnitId, t.TargetRegistered, t.TargetRecognised }).ToListAsync(ct);
        var registered = await db.Registrations.AsNoTracking().Where(r => r.Round!.Year == year && below.Contains(r.UnitId))
            .Select(r => r.Unit!.Path).ToListAsync(ct);
        var talks = await db.CommunicationActivities.AsNoTracking().Where(a => a.Date >= first && a.Date <= last && below.Contains(a.UnitId))
            .Select(a => new { a.Unit!.Path, a.Kind, a.AudienceReached }).ToListAsync(ct);
        var models = await db.SafeModels.AsNoTracking()
            .Where(m => m.StartedOn <= last && (m.EndedOn == null || m.EndedOn >= first) && below.Contains(m.UnitId))
            .Select(m => new { m.Unit!.Path, m.Kind }).ToListAsync(ct);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.Date >= first && i.Date <= last && below.Contains(i.UnitId))
            .Select(i => new { i.Unit!.Path, i.FollowUp, i.FollowUpDue, i.FollowUpDoneOn }).ToListAsync(ct);
        var today = PortalClock.Today(clock);

        return rows.Select(u =>
        {
            var target = targets.FirstOrDefault(t => t.UnitId == u.Id);
            var mine = talks.Where(a => u.Covers(a.Path)).ToList();
            var myModels = models.Where(m => u.Covers(m.Path)).ToList();
            var open = inspections.Where(i => u.Covers(i.Path) && !string.IsNullOrWhiteSpace(i.FollowUp) && i.FollowUpDoneOn is null).ToList();
            return new ActivityCounts(u.Id, u.Code, u.Name, target?.TargetRegistered, target?.TargetRecognised,
                registered.Count(u.Covers),
                mine.Count, mine.Sum(a => a.AudienceReached ?? 0),
                mine.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count()),
                myModels.Count, myModels.GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.Count()),
                inspections.Count(i => u.Covers(i.Path)), open.Count, open.Count(i => i.FollowUpDue < today));
        }).ToList();
    }
}
