using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Access;

namespace Portal.Workflows.Access;

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

    public async Task<IReadOnlyList<AccessRefusal>> RecentAsync(UserScope scope, int take, CancellationToken ct = default)
    {
        if (!AccessPolicy.CanAdminister(scope))
        {
            throw await RefusedAsync(scope, "access-log", "read", "not an administrator", ct);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AccessRefusals.AsNoTracking().OrderByDescending(r => r.AtUtc).Take(take).ToListAsync(ct);
    }
}
