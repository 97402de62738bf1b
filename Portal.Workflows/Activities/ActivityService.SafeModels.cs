using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Activities;

public sealed partial class ActivityService
{
    /// <summary>The safe models (P3) under the unit (or the whole scope), those running at some time of <paramref name="year"/> if given.</summary>
    public async Task<IReadOnlyList<SafeModelRow>> SafeModelsAsync(UserScope scope, int? unitId = null, int? year = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitIdsAsync(db, scope, unitId, ct);
        var models = db.SafeModels.AsNoTracking().Where(m => units.Contains(m.UnitId));
        if (year is { } y)
        {
            var (first, last) = YearSpan(y);
            models = models.Where(m => m.StartedOn <= last && (m.EndedOn == null || m.EndedOn >= first));
        }
        var rows = await models.OrderBy(m => m.Unit!.Path).ThenBy(m => m.Kind).ThenBy(m => m.StartedOn)
            .Select(m => new { M = m, m.Unit!.Name, m.Unit.Path }).Take(2000).ToListAsync(ct);
        return rows.Select(r => new SafeModelRow(r.M.Id, r.M.UnitId, r.Name, r.M.Kind, r.M.Name, r.M.StartedOn, r.M.EndedOn, r.M.Note,
            AccessPolicy.CanChange(scope, r.Path))).ToList();
    }

    /// <summary>Registers a safe model in a commune (models belong to communes: a school, a community, a home there).</summary>
    public async Task<Outcome<int>> AddSafeModelAsync(UserScope scope, int unitId, SafeModelInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var toChange = await UnitToChangeAsync(db, scope, unitId, "add safe model", ct);
        if (toChange is not { Value: { } unit }) return toChange.As<int>();
        if (unit.Level != UnitLevel.Commune) return Invalid(ActivityRules.Text("Model.CommuneOnly"));
        var errors = ActivityRules.SafeModel(input, Today);
        if (errors.Count > 0) return Invalid(errors);
        var model = new SafeModel
        {
            UnitId = unitId, Kind = input.Kind!.Value, Name = input.Name!.Trim(), StartedOn = input.StartedOn!.Value,
            Note = ActivityRules.Clean(input.Note), CreatedBy = scope.UserName, CreatedAtUtc = NowUtc,
        };
        db.SafeModels.Add(model);
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        return model.Id;
    }

    /// <summary>Records that a model stopped: from then on it no longer counts (it still counts in the years it ran).</summary>
    public async Task<Outcome<int>> EndSafeModelAsync(UserScope scope, int modelId, DateOnly? endedOn, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var model = await db.SafeModels.FirstOrDefaultAsync(m => m.Id == modelId, ct);
        if (model is null) return NotFound();
        if (await UnitToChangeAsync(db, scope, model.UnitId, "end safe model", ct) is { Succeeded: false } refused) return refused.As<int>();
        var errors = ActivityRules.EndModel(model, endedOn, Today);
        if (errors.Count > 0) return Invalid(errors);
        model.EndedOn = endedOn;
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        return model.Id;
    }
}
