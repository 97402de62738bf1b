using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Activities;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Activities;

public sealed partial class ActivityService
{
    /// <summary>The communication activities (P2) under the unit (or the whole scope), held in <paramref name="year"/> if given; newest first.</summary>
    public async Task<IReadOnlyList<CommunicationRow>> CommunicationsAsync(UserScope scope, int? unitId = null, int? year = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitIdsAsync(db, scope, unitId, ct);
        var activities = db.CommunicationActivities.AsNoTracking().Where(a => units.Contains(a.UnitId));
        if (year is { } y)
        {
            var (first, last) = YearSpan(y);
            activities = activities.Where(a => a.Date >= first && a.Date <= last);
        }
        var rows = await activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new { A = a, a.Unit!.Name, a.Unit.Path }).Take(2000).ToListAsync(ct);
        return rows.Select(r => new CommunicationRow(r.A.Id, r.A.UnitId, r.Name, r.A.Date, r.A.Kind, r.A.Title, r.A.AudienceReached,
            r.A.AudienceNote, r.A.EvidenceNote, r.A.EvidenceFileName, r.A.EvidenceStoredName is not null, r.A.CreatedBy,
            AccessPolicy.CanChange(scope, r.Path))).ToList();
    }

    /// <summary>
    /// Records a communication activity of a unit, with its evidence file if one is given. The file is checked before
    /// anything is written, and removed again if the record cannot be saved.
    /// </summary>
    public async Task<Outcome<int>> AddCommunicationAsync(UserScope scope, int unitId, CommunicationInput input, IncomingFile? evidence,
        PortalDataPaths paths, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await UnitToChangeAsync(db, scope, unitId, "add communication", ct) is { Succeeded: false } refused) return refused.As<int>();
        var errors = ActivityRules.Communication(input, Today);
        var (upload, fileErrors) = evidence is null ? (null, []) : await EvidenceFiles.ReadAsync(evidence, ct);
        errors.AddRange(fileErrors);
        if (errors.Count > 0) return Invalid(errors);

        var stored = upload is null ? null : EvidenceFiles.Store(upload, paths);
        var activity = new CommunicationActivity
        {
            UnitId = unitId, Date = input.Date!.Value, Kind = input.Kind!.Value, Title = input.Title!.Trim(),
            AudienceReached = input.AudienceReached, AudienceNote = ActivityRules.Clean(input.AudienceNote),
            EvidenceNote = ActivityRules.Clean(input.EvidenceNote),
            EvidenceFileName = upload?.DisplayName, EvidenceStoredName = stored,
            CreatedBy = scope.UserName, CreatedAtUtc = NowUtc,
        };
        db.CommunicationActivities.Add(activity);
        try
        {
            db.AuditActor = scope.UserName;
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            EvidenceFiles.Delete(stored, paths);
            throw;
        }
        return activity.Id;
    }

    /// <summary>Deletes an activity entered by mistake, and its evidence file.</summary>
    public async Task<Outcome<int>> DeleteCommunicationAsync(UserScope scope, int activityId, PortalDataPaths paths, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var activity = await db.CommunicationActivities.FirstOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null) return NotFound();
        if (await UnitToChangeAsync(db, scope, activity.UnitId, "delete communication", ct) is { Succeeded: false } refused) return refused.As<int>();
        db.CommunicationActivities.Remove(activity);
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        EvidenceFiles.Delete(activity.EvidenceStoredName, paths);
        return activityId;
    }

    /// <summary>The evidence file of an activity the reader may read, or null (a refusal is logged, and answered as not found).</summary>
    public async Task<(string FileName, string Path)?> OpenEvidenceAsync(UserScope scope, int activityId, PortalDataPaths paths,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.CommunicationActivities.AsNoTracking().Where(x => x.Id == activityId)
            .Select(x => new { x.EvidenceFileName, x.EvidenceStoredName, x.Unit!.Path }).FirstOrDefaultAsync(ct);
        if (a?.EvidenceStoredName is null) return null;
        if (!AccessPolicy.CanRead(scope, a.Path))
        {
            await accessLog.RefuseAsync(scope, $"activity-file:{activityId}", "read", "outside the user's unit", ct);
            return null;
        }
        var path = EvidenceFiles.PathOf(a.EvidenceStoredName, paths);
        return File.Exists(path) ? (a.EvidenceFileName ?? a.EvidenceStoredName, path) : null;
    }
}
