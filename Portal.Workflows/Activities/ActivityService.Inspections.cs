using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Activities;

public sealed partial class ActivityService
{
    /// <summary>The inspections (P7) of units under the unit (or the whole scope), held in <paramref name="year"/> if given; newest first.</summary>
    public async Task<IReadOnlyList<InspectionRow>> InspectionsAsync(UserScope scope, int? unitId = null, int? year = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitIdsAsync(db, scope, unitId, ct);
        var inspections = db.Inspections.AsNoTracking().Where(i => units.Contains(i.UnitId));
        if (year is { } y)
        {
            var (first, last) = YearSpan(y);
            inspections = inspections.Where(i => i.Date >= first && i.Date <= last);
        }
        var rows = await inspections.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new { I = i, i.Unit!.Name, i.Unit.Path }).Take(2000).ToListAsync(ct);
        var today = Today;
        return rows.Select(r => new InspectionRow(r.I.Id, r.I.UnitId, r.Name, r.I.Date, r.I.Team, r.I.Findings, r.I.FollowUp,
            r.I.FollowUpDue, r.I.FollowUpDoneOn, r.I.Version,
            !string.IsNullOrWhiteSpace(r.I.FollowUp) && r.I.FollowUpDoneOn is null && r.I.FollowUpDue < today,
            AccessPolicy.CanChange(scope, r.Path))).ToList();
    }

    /// <summary>Records an inspection of a unit: the team, what it found, and the follow-up it asked for by when.</summary>
    public async Task<Outcome<int>> AddInspectionAsync(UserScope scope, int unitId, InspectionInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await UnitToChangeAsync(db, scope, unitId, "add inspection", ct) is { Succeeded: false } refused) return refused.As<int>();
        var errors = ActivityRules.Inspection(input, Today);
        if (errors.Count > 0) return Invalid(errors);
        var followUp = ActivityRules.Clean(input.FollowUp);
        var inspection = new Inspection
        {
            UnitId = unitId, Date = input.Date!.Value, Team = input.Team!.Trim(), Findings = input.Findings!.Trim(),
            FollowUp = followUp, FollowUpDue = followUp is null ? null : input.FollowUpDue,
            CreatedBy = scope.UserName, CreatedAtUtc = NowUtc, Version = 1,
        };
        db.Inspections.Add(inspection);
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        return inspection.Id;
    }

    /// <summary>
    /// Records the day the follow-up was done. <paramref name="expectedVersion"/> is the version the reader saw: if someone
    /// changed the inspection since, nothing is saved and the reader is told to reload.
    /// </summary>
    public async Task<Outcome<int>> RecordFollowUpDoneAsync(UserScope scope, int inspectionId, int expectedVersion, DateOnly? doneOn,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inspection = await db.Inspections.FirstOrDefaultAsync(i => i.Id == inspectionId, ct);
        if (inspection is null) return NotFound();
        if (await UnitToChangeAsync(db, scope, inspection.UnitId, "record follow-up", ct) is { Succeeded: false } refused) return refused.As<int>();
        if (inspection.Version != expectedVersion) return Conflict();
        var errors = ActivityRules.FollowUpDone(inspection, doneOn, Today);
        if (errors.Count > 0) return Invalid(errors);
        inspection.FollowUpDoneOn = doneOn;
        inspection.Version++;
        try
        {
            db.AuditActor = scope.UserName;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(); // changed between our read and our save
        }
        return inspection.Id;
    }

    private static Outcome<int> Conflict() => Outcome.Conflict(ActivityRules.Text("Conflict")).As<int>();
}
