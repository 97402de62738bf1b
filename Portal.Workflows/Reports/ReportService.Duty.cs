using Microsoft.EntityFrameworkCore;
using Portal.Data.Reports;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Reports;

public sealed partial class ReportService
{
    /// <summary>The round's report due date of each level, and whether the chosen unit's report is sent or overdue.</summary>
    public async Task<ReportDuty?> DutyAsync(UserScope scope, int roundId, int? unitId, CancellationToken ct = default) =>
        await ResolveAsync(scope, roundId, unitId, ct) is { } h ? await DutyAsync(scope, h, ct) : null;

    /// <summary>The duty of a round and unit already resolved (and so checked) by <see cref="ResolveAsync"/>.</summary>
    public async Task<ReportDuty> DutyAsync(UserScope scope, ReportHeader h, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Only the levels of the round's chain: a two-level round has no district report.
        var due = (await db.Set<RoundReportDeadline>().AsNoTracking().Where(d => d.RoundId == h.RoundId).ToListAsync(ct))
            .Where(d => h.Policy.ReportLevels.Contains(d.Level)).ToDictionary(d => d.Level, d => d.DueDate);
        var level = ReportFigures.LevelOf(h.UnitLevel);
        var sent = await SentAsync(db, h.RoundId, h.UnitId, level, ct);
        DateOnly? unitDue = due.TryGetValue(level, out var d) ? d : null;
        var canMark = sent is null && scope.UnitId == h.UnitId && AccessPolicy.CanChange(scope, h.UnitPath);
        return new ReportDuty(due, h.UnitId, h.UnitName, level, unitDue, sent, sent is null && h.Today > unitDue, canMark)
        {
            LevelNames = h.Policy.ReportLevels.ToDictionary(l => l, l => h.Policy.ReportLevelName(l, h.MinistryName)),
        };
    }

    /// <summary>
    /// Marks the report of the reader's own unit for the round as sent, at the level that unit reports at. Only someone
    /// who may change the unit (not a viewer) marks it (anyone else is refused and logged); marking twice keeps the first
    /// marking and answers with a conflict that names it.
    /// </summary>
    public async Task<Outcome<MarkedSent>> MarkSentAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if (scope.IsAuthenticated && scope.UnitId is null) return Outcome.Invalid(ReportText.Get("Report.Sent.NoUnit")).As<MarkedSent>();
        var resolved = await Refusals.CatchAsync(() => ResolveAsync(scope, roundId, scope.UnitId ?? 0, ct));
        if (resolved is not { Succeeded: true, Value: { } h })
            return resolved.Succeeded ? Outcome.NotFound(ReportText.Get("Report.NotFound")).As<MarkedSent>() : resolved.As<MarkedSent>();
        if (!AccessPolicy.CanChange(scope, h.UnitPath))
        {
            await accessLog.RefuseAsync(scope, $"report/unit/{h.UnitId}", "change", "mark a report as sent without a role that acts", ct);
            return Outcome.Refused(ReportText.Get("Report.Refused")).As<MarkedSent>();
        }

        var level = ReportFigures.LevelOf(h.UnitLevel);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SentAsync(db, h.RoundId, h.UnitId, level, ct) is { } first) return Already(first);
        var row = new ReportSubmission
        {
            RoundId = h.RoundId, UnitId = h.UnitId, Level = level, SentAtUtc = clock.GetUtcNow().UtcDateTime,
            SentBy = scope.UserName, SentByUserId = scope.UserId,
        };
        db.ReportSubmissions.Add(row);
        try
        {
            db.AuditActor = scope.UserName;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone marked it between the look and the save: the unique index kept theirs.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            if (await SentAsync(again, h.RoundId, h.UnitId, level, ct) is { } theirs) return Already(theirs);
            throw;
        }
        return new MarkedSent(level, new ReportSent(row.SentBy, row.SentAtUtc),
            ReportText.Get("Report.Sent.Done", h.Policy.ReportLevelName(level, h.MinistryName)));
    }

    private static Outcome<MarkedSent> Already(ReportSent first) => Outcome.Conflict(ReportText.Get("Report.Sent.Already", first.SentBy,
        PortalFormat.DateTime(first.SentAtUtc))).As<MarkedSent>();

    private static Task<ReportSent?> SentAsync(Data.PortalDbContext db, int roundId, int unitId, ReportLevel level, CancellationToken ct) =>
        db.ReportSubmissions.AsNoTracking().Where(s => s.RoundId == roundId && s.UnitId == unitId && s.Level == level)
            .Select(s => new ReportSent(s.SentBy, s.SentAtUtc)).FirstOrDefaultAsync(ct);
}
