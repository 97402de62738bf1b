using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

/// <summary>
/// Creating rounds, seeing them, and communes registering for them. A province officer works on rounds of
/// their province; a commune sees the rounds that cover it and registers itself only.
/// </summary>
public sealed partial class RoundService(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock,
    Opening.IRoundOpeningInserts inserts)
{
    /// <summary>Creates a round in the registration stage; gives its id.</summary>
    public async Task<Outcome<int>> CreateAsync(UserScope scope, NewRound request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.ScopeUnitId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Accounts.UnitNotFound")).As<int>();
        if (!CanManage(scope, unit.Path))
            return (await RefuseAsync(scope, $"unit:{unit.Id}", "create a round outside scope or role", ct)).As<int>();
        var errors = RoundRules.Check(request);
        if (unit.Level == UnitLevel.Commune) errors.Add(WorkflowText.Get("Rounds.ScopeNotCommune"));
        // The chain must agree with the structure of the round's units: 2024 units have districts, 2025 units none.
        var levels = await db.Structures.Where(x => x.Code == unit.StructureCode).Select(x => x.Levels).FirstOrDefaultAsync(ct);
        var policy = request.EffectivePolicy with { Chain = request.Chain };
        errors.AddRange(policy.Problems(levels));
        var set = await db.StandardSets.AsNoTracking().FirstOrDefaultAsync(s => s.Code == request.StandardCode, ct);
        if (set is null) errors.Add(WorkflowText.Get("Standards.NotFound", request.StandardCode));
        else if (!set.Complete) errors.Add(WorkflowText.Get("Rounds.SetIncomplete", set.Code));
        if (errors.Count > 0) return Outcome.Invalid(errors).As<int>();

        var round = new Round
        {
            Year = request.Year, Name = request.Name.Trim(), StandardCode = request.StandardCode, ScopeUnitId = unit.Id,
            EvaluatedFrom = request.EvaluatedFrom, EvaluatedTo = request.EvaluatedTo,
            OpensOn = request.OpensOn, PostingDays = request.PostingDays, ReminderDays = request.ReminderDays,
            GraceDays = request.GraceDays, DecisionMode = request.DecisionMode, MinistryName = request.MinistryName?.Trim(),
            Status = RoundStatus.Registration, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = scope.UserName,
            Deadlines = [.. request.DueDates.Select(d => new RoundDeadline { Stage = d.Key, DueDate = d.Value })],
            Holidays = [.. request.Holidays.Distinct().Select(h => new RoundHoliday { Date = h })],
            ReportDeadlines = [.. (request.ReportDueDates ?? new Dictionary<ReportLevel, DateOnly>())
                .Select(r => new RoundReportDeadline { Level = r.Key, DueDate = r.Value })],
        };
        policy.ApplyTo(round);
        if (round.ChainBasis is not null) (round.ChainConfirmedBy, round.ChainConfirmedAtUtc) = (scope.UserName, round.CreatedAtUtc);
        db.Rounds.Add(round);
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        return round.Id;
    }

    /// <summary>The rounds the user works in: those of units in their scope, and those that cover their unit.</summary>
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Visible(db, scope).OrderByDescending(r => r.Year).ThenBy(r => r.Id)
            .Select(r => new
            {
                Round = r, Scope = r.ScopeUnit!.Name, ScopePath = r.ScopeUnit.Path,
                Registrations = db.Registrations.Count(g => g.RoundId == r.Id),
                Illustrative = db.StandardSets.Where(x => x.Code == r.StandardCode).Select(x => x.Illustrative).FirstOrDefault(),
                Deadlines = r.Deadlines.Select(d => new { d.Stage, d.DueDate }).ToList(),
                Reports = r.ReportDeadlines.Select(d => new { d.Level, d.DueDate }).ToList(),
            }).ToListAsync(ct);
        var dossiers = await DossierCountsAsync(db, rows.Select(r => r.Round.Id).ToList(), ct);
        return rows.Select(x =>
        {
            var r = x.Round;
            return new RoundSummary(r.Id, r.Year, r.Name, r.StandardCode, x.Scope, r.Chain, r.Status, r.OpensOn,
                x.Registrations, dossiers.GetValueOrDefault(r.Id), x.Deadlines.ToDictionary(d => d.Stage, d => d.DueDate),
                x.Reports.ToDictionary(d => d.Level, d => d.DueDate), CanManage(scope, x.ScopePath))
            {
                Settings = SettingsOf(r), Illustrative = x.Illustrative, ClosedAtUtc = r.ClosedAtUtc, ClosedBy = r.ClosedBy,
            };
        }).ToList();
    }

    /// <summary>One round the reader works in; another unit's round is refused (and logged), a missing one not found.</summary>
    public async Task<Outcome<RoundSummary>> FindAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if ((await ListAsync(scope, ct)).FirstOrDefault(r => r.Id == roundId) is { } round) return round;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Rounds.AnyAsync(r => r.Id == roundId, ct)) return Outcome.NotFound(WorkflowText.Get("Rounds.NotFound")).As<RoundSummary>();
        await accessLog.RefuseAsync(scope, $"round:{roundId}", "read", "round outside the user's scope", ct);
        return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<RoundSummary>();
    }

    /// <summary>
    /// A commune registers to strive for the standard in a round that is still taking registrations; gives the round's id.
    /// Its category is the one the province set for it under the round's set: a commune does not choose its own threshold.
    /// </summary>
    public async Task<Outcome<int>> RegisterAsync(UserScope scope, int roundId, int communeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var commune = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == communeId, ct);
        var round = await db.Rounds.AsNoTracking().Include(r => r.ScopeUnit).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (commune is null || round is null) return Outcome.NotFound(WorkflowText.Get("Rounds.NotFound")).As<int>();
        if (!IsCommuneRole(scope) || !AccessPolicy.CanChange(scope, commune.Path))
            return (await RefuseAsync(scope, $"unit:{communeId}", "register a commune outside scope or role", ct)).As<int>();
        if (round.Status != RoundStatus.Registration) return Outcome.Invalid(WorkflowText.Get("Rounds.RegistrationClosed")).As<int>();
        if (commune.Level != UnitLevel.Commune || !UnitPaths.IsWithin(commune.Path, round.ScopeUnit!.Path))
            return Outcome.Invalid(WorkflowText.Get("Rounds.NotInRound")).As<int>();
        var category = await db.CommuneCategories.Where(a => a.UnitId == communeId && a.StandardCode == round.StandardCode)
            .Select(a => a.Category).FirstOrDefaultAsync(ct);
        if (category is null) return Outcome.Invalid(WorkflowText.Get("Rounds.NoCategory", commune.Name, round.StandardCode)).As<int>();
        if (await db.Registrations.AnyAsync(g => g.RoundId == roundId && g.UnitId == communeId, ct))
            return Outcome.Invalid(WorkflowText.Get("Rounds.AlreadyRegistered")).As<int>();
        var registration = new Registration
        {
            RoundId = roundId, UnitId = communeId, Category = category,
            RegisteredAtUtc = clock.GetUtcNow().UtcDateTime, RegisteredBy = scope.UserName,
        };
        db.Registrations.Add(registration);
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        return roundId;
    }

    /// <summary>Whether the user's own unit has registered for the round.</summary>
    public async Task<bool> IsRegisteredAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return scope.UnitId is { } unit && await db.Registrations.AnyAsync(g => g.RoundId == roundId && g.UnitId == unit, ct);
    }

    /// <summary>Province officers (and administrators) manage rounds of the units in their scope.</summary>
    public static bool CanManage(UserScope scope, string unitPath) =>
        scope.IsAdministrator || scope.IsInRole(PortalRoles.ProvinceOfficer) && AccessPolicy.CanChange(scope, unitPath);

    /// <summary>Whether the role creates rounds at all (for some unit of its scope): what the round list offers.</summary>
    public static bool MayCreate(UserScope scope) => scope.IsAdministrator || scope.IsInRole(PortalRoles.ProvinceOfficer);

    /// <summary>Communes register themselves: their officer or leader.</summary>
    public static bool IsCommuneRole(UserScope scope) => scope.IsInRole(PortalRoles.CommuneOfficer) || scope.IsInRole(PortalRoles.CommuneLeader);

    private async Task<Outcome> RefuseAsync(UserScope scope, string resource, string reason, CancellationToken ct)
    {
        await accessLog.RefuseAsync(scope, resource, "change", reason, ct);
        return Outcome.Refused(WorkflowText.Get("Access.Refused"));
    }

    /// <summary>The settings of a round as its page shows them.</summary>
    internal static RoundSettings SettingsOf(Round r) => new(ApprovalPolicy.For(r), r.DecisionMode, r.SubmissionNumber, r.SubmissionDate,
        r.DecisionBases, r.MinistryName, r.GraceDays);

    private static Task<Dictionary<int, int>> DossierCountsAsync(PortalDbContext db, List<int> roundIds, CancellationToken ct) =>
        db.Dossiers.Where(d => roundIds.Contains(d.RoundId)).GroupBy(d => d.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
