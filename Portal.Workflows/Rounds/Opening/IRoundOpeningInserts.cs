using Portal.Data;

namespace Portal.Workflows.Rounds.Opening;

/// <summary>
/// The set-based statements that open a round: one INSERT…SELECT per table, run on the caller's context and transaction.
/// The one place where SQL is written for a provider (<see cref="StandardSqlRoundOpening"/> is plain standard SQL that
/// SQLite and PostgreSQL both run); a provider that needs other SQL gets its own implementation here.
/// </summary>
public interface IRoundOpeningInserts
{
    /// <summary>
    /// A registration, in its category for the round's set, of every commune in the path range [low, high) that has one
    /// and is not registered yet; gives how many.
    /// </summary>
    Task<int> InsertRegistrationsAsync(PortalDbContext db, CommunesToRegister batch, CancellationToken ct);

    /// <summary>A dossier (state Registered) for each registration of the round that has none; gives how many.</summary>
    Task<int> InsertDossiersAsync(PortalDbContext db, RoundToOpen round, CancellationToken ct);

    /// <summary>A summary row for each dossier of the round that has none, and an empty streak row for each new commune.</summary>
    Task<int> InsertSummariesAsync(PortalDbContext db, RoundToOpen round, CancellationToken ct);
}

/// <summary>Every commune of a path range with a category for the round's standard set, registered by one person.</summary>
public sealed record CommunesToRegister(int RoundId, string Low, string High, string StandardCode, DateTime NowUtc, string RegisteredBy);

/// <summary>What the statements need of the round and of the moment it opens.</summary>
public sealed record RoundToOpen(int Id, int Year, string StandardCode, DateOnly Today, DateTime NowUtc);
