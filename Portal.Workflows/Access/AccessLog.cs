using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Access;

/// <summary>A refusal as the administrators' list shows it.</summary>
public sealed record RefusalLine(DateTime AtUtc, string? UserName, string Action, string Resource, string? Reason);

/// <summary>
/// Records every refusal twice: in the application log, and in a table an administrator can read. The table takes
/// at most <see cref="RefusalQuota"/> rows per user and minute; the rest are counted in the application log only.
/// </summary>
public sealed class AccessLog(IDbContextFactory<PortalDbContext> dbFactory, ILogger<AccessLog> logger, TimeProvider clock,
    RefusalQuota quota)
{
    public async Task RefuseAsync(UserScope scope, string resource, string action, string reason, CancellationToken ct = default)
    {
        // An ended session is anonymous to every check, but the log still says whose page it was.
        if (scope.HasEnded) reason = "session ended: " + reason;
        var known = scope.UserId.Length > 0;
        logger.LogWarning("Access refused: user {User} ({UserId}) {Action} {Resource}: {Reason}",
            scope.UserName, scope.UserId, action, resource, reason);
        if (!quota.TryTake(known ? scope.UserId : "", out var count))
        {
            logger.LogWarning("Refusal not stored: {Count} refusals of user {User} ({UserId}) this minute, more than the table takes",
                count, scope.UserName, scope.UserId);
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AccessRefusals.Add(new AccessRefusal
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = known ? scope.UserId : null,
            UserName = known ? scope.UserName : null,
            Resource = resource,
            Action = action,
            Reason = reason,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Logs the refusal and gives the exception to throw: <c>throw await accessLog.RefusedAsync(…)</c>.</summary>
    public async Task<AccessRefusedException> RefusedAsync(UserScope scope, string resource, string action, string reason, CancellationToken ct = default)
    {
        await RefuseAsync(scope, resource, action, reason, ct);
        return new AccessRefusedException(resource);
    }

    /// <summary>The latest refusals, newest first, for administrators; anyone else is refused (and that is logged too).</summary>
    public async Task<Outcome<IReadOnlyList<RefusalLine>>> RecentAsync(UserScope scope, int take, CancellationToken ct = default)
    {
        if (!AccessPolicy.CanAdminister(scope))
        {
            await RefuseAsync(scope, "access-log", "read", "not an administrator", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<IReadOnlyList<RefusalLine>>();
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Outcome.Of<IReadOnlyList<RefusalLine>>(await db.AccessRefusals.AsNoTracking().OrderByDescending(r => r.AtUtc).Take(take)
            .Select(r => new RefusalLine(r.AtUtc, r.UserName, r.Action, r.Resource, r.Reason)).ToListAsync(ct));
    }
}
