using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Access;

namespace Portal.Workflows.Access;

/// <summary>Records every refusal twice: in the application log, and in a table an administrator can read.</summary>
public sealed class AccessLog(IDbContextFactory<PortalDbContext> dbFactory, ILogger<AccessLog> logger, TimeProvider clock)
{
    public async Task RefuseAsync(UserScope scope, string resource, string action, string reason, CancellationToken ct = default)
    {
        logger.LogWarning("Access refused: user {User} ({UserId}) {Action} {Resource}: {Reason}",
            scope.UserName, scope.UserId, action, resource, reason);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AccessRefusals.Add(new AccessRefusal
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = scope.IsAuthenticated ? scope.UserId : null,
            UserName = scope.IsAuthenticated ? scope.UserName : null,
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
