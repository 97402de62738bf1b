using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Access;

namespace Portal.Workflows.Rounds;

/// <summary>A round as a choice in a list: what a select shows of it.</summary>
public sealed record RoundChoice(int Id, string Name, int Year);

public sealed partial class RoundService
{
    /// <summary>
    /// The rounds <see cref="ListAsync"/> gives, newest first, as choices only: one query on the rounds, without the
    /// counts, deadlines and settings of each (the reports page's select, issue 12: the full list cost that page a
    /// sixth of its processor time).
    /// </summary>
    public async Task<IReadOnlyList<RoundChoice>> ChoicesAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Visible(db, scope).OrderByDescending(r => r.Year).ThenBy(r => r.Id)
            .Select(r => new RoundChoice(r.Id, r.Name, r.Year)).ToListAsync(ct);
    }

    /// <summary>Rounds within the reader's unit as a path range (never a LIKE, issue 12), or of a unit above it; all for an administrator.</summary>
    private static IQueryable<Round> Visible(PortalDbContext db, UserScope scope)
    {
        var above = UnitPaths.AncestorsOf(scope.UnitPath ?? "");
        var (low, high) = scope.UnitPath is { } own ? (UnitPaths.Low(own), UnitPaths.High(own)) : ("", "");
        return db.Rounds.AsNoTracking().Where(r => scope.IsAdministrator
            || (string.Compare(r.ScopeUnit!.Path, low) >= 0 && string.Compare(r.ScopeUnit.Path, high) < 0) || above.Contains(r.ScopeUnit!.Path));
    }
}
