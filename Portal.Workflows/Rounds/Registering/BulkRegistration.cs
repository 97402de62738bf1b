using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Rounds.Opening;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds.Registering;

/// <summary>
/// The province registers its communes for a round in bulk, while the round takes registrations: every commune of the
/// round's scope that has its category for the round's set (set by the province, CommuneCategories) in one statement,
/// or the communes of a CSV file of codes (refused whole, each problem with its line). Each commune is registered in
/// its category, as when it registers itself. A commune already registered is left as it is, so either may be
/// repeated. Only those who manage the round may do it.
/// </summary>
public sealed class BulkRegistration(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock,
    IRoundOpeningInserts inserts)
{
    /// <summary>Registers every commune of the round's scope that has its category; gives how many were added.</summary>
    public async Task<Outcome<int>> RegisterAllAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (round, refusal) = await ManagedRoundAsync(db, scope, roundId, ct);
        if (round is null) return refusal!.As<int>();
        var path = round.ScopeUnit!.Path;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var added = await inserts.InsertRegistrationsAsync(db, new CommunesToRegister(roundId, UnitPaths.Low(path), UnitPaths.High(path),
            round.StandardCode, now, scope.UserName), ct);
        // Audited in the same transaction, like rows EF inserts (record 0016).
        db.AuditInsertedBySql(await db.Registrations.Where(g => g.RoundId == roundId && g.RegisteredAtUtc == now).ToListAsync(ct));
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return added;
    }

    /// <summary>Registers the communes of a CSV file (commune_code); gives how many were added.</summary>
    public async Task<Outcome<int>> RegisterCsvAsync(UserScope scope, int roundId, TextReader csv, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (round, refusal) = await ManagedRoundAsync(db, scope, roundId, ct);
        if (round is null) return refusal!.As<int>();
        var read = await RegistrationCsv.ReadAsync(db, round, csv, ct);
        if (read.Errors.Count > 0) return Outcome.Invalid(read.Errors).As<int>();
        var registered = (await db.Registrations.Where(g => g.RoundId == roundId).Select(g => g.UnitId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = read.Rows.Where(r => !registered.Contains(r.UnitId)).Select(r => new Registration
        {
            RoundId = roundId, UnitId = r.UnitId, Category = r.Category, RegisteredAtUtc = now, RegisteredBy = scope.UserName,
        }).ToList();
        db.Registrations.AddRange(added);
        await db.SaveChangesAsync(ct); // one transaction: the whole file or nothing
        return added.Count;
    }

    private async Task<(Round? Round, Outcome? Refusal)> ManagedRoundAsync(PortalDbContext db, UserScope scope, int roundId, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().Include(r => r.ScopeUnit).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return (null, Outcome.NotFound(WorkflowText.Get("Rounds.NotFound")));
        if (!RoundService.CanManage(scope, round.ScopeUnit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"round:{roundId}", "change", "register communes in bulk outside scope or role", ct);
            return (null, Outcome.Refused(WorkflowText.Get("Access.Refused")));
        }
        if (round.Status != RoundStatus.Registration) return (null, Outcome.Invalid(WorkflowText.Get("Rounds.RegistrationClosed")));
        return (round, null);
    }
}
