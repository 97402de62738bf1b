using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Access;

/// <summary>A refusal as the administrators' list shows it.</summary>
public sealed record RefusalLine(DateTime AtUtc, string? UserName, string Action, string Resource, string? Reason);

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
