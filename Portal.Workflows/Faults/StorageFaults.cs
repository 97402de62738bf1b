using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Faults;

/// <summary>
/// Faults of the storage under the portal — the database locked by another process beyond the busy timeout, a
/// read-only data folder, a full disk, an I/O error — turned into an answer the person can act on ("nothing was
/// saved; try again in a moment") instead of an exception that would end their page. Each fault is logged once when
/// it starts and once when a later change succeeds again, not once per request.
/// Either provider: SQLite's exceptions by their result code, any other database's (PostgreSQL) by its standard SQLSTATE,
/// or as a <see cref="DbException"/> the provider calls transient when no server answered at all.
/// </summary>
public sealed class StorageFaults(ILogger<StorageFaults> log)
{
    // SQLite's result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteCodes = [5, 6, 8, 10, 13, 14];
    // SQLSTATE classes and codes: connection exception, insufficient resources (disk full, out of memory, too many
    // connections), operator intervention (shutdown, cannot connect now), system error, read-only transaction.
    private static readonly string[] StateClasses = ["08", "53", "57", "58"];
    private const string ReadOnlyTransaction = "25006";
    private const int NoSpace = 28, ReadOnlyFileSystem = 30; // ENOSPC, EROFS
    private string? _current;

    public static bool Is(Exception e) => e switch
    {
        SqliteException s => SqliteCodes.Contains(s.SqliteErrorCode),
        DbException { SqlState: { Length: 5 } state } => StateClasses.Contains(state[..2]) && state != "57014" || state == ReadOnlyTransaction,
        // No server answered at all (refused, reset, timed out): the provider calls it transient and gives no SQLSTATE.
        DbException { SqlState: null or "", IsTransient: true, InnerException: not null } => true,
        DbUpdateException { InnerException: { } inner } => Is(inner),
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        UnauthorizedAccessException => true,
        IOException io => (io.HResult & 0xFFFF) is NoSpace or ReadOnlyFileSystem || io.Message.Contains("No space left", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The answer for a fault (logged if it is a new one); nothing of the change was saved.</summary>
    public Outcome<T> Unavailable<T>(Exception e, string action)
    {
        var kind = Describe(e);
        lock (this)
        {
            // Once per fault: a full disk refuses the database (SQLite 13) and the uploads (ENOSPC) by turns, one fault still.
            if (_current is null)
            {
                _current = kind;
                log.LogError(e, "Storage fault ({Kind}) during {Action}; changes are refused until it clears", kind, action);
            }
        }
        return Outcome.Unavailable(WorkflowText.Get("Faults.Unavailable")).As<T>();
    }

    /// <summary>A change went through: if a fault was on, it has cleared.</summary>
    public void Succeeded()
    {
        if (_current is null) return;
        lock (this)
        {
            if (_current is null) return;
            log.LogWarning("Storage fault ({Kind}) cleared: changes are saved again", _current);
            _current = null;
        }
    }

    private static string Describe(Exception e) => e switch
    {
        SqliteException s => $"SQLite {s.SqliteErrorCode}",
        DbException { SqlState: { Length: 5 } state } => $"SQLSTATE {state}",
        DbException d => $"{d.GetType().Name}: {d.Message}",
        { InnerException: { } inner } when Is(inner) => Describe(inner),
        _ => e.GetType().Name,
    };
}
