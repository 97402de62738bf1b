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
/// </summary>
public sealed class StorageFaults(ILogger<StorageFaults> log)
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteCodes = [5, 6, 8, 10, 13, 14];
    private const int NoSpace = 28, ReadOnlyFileSystem = 30; // ENOSPC, EROFS
    private string? _current;

    public static bool Is(Exception e) => e switch
    {
        SqliteException s => SqliteCodes.Contains(s.SqliteErrorCode),
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
        { InnerException: { } inner } when Is(inner) => Describe(inner),
        _ => e.GetType().Name,
    };
}
