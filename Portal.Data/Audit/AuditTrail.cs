using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Data.Notifications;

namespace Portal.Data.Audit;

/// <summary>
/// Turns the rows a save changes into audit rows. <see cref="Capture"/> runs before the save (an update's changed
/// values and a delete's removed ones are gone after it); <see cref="Chain"/> after it, when inserted rows have their
/// keys, and links each new audit row to the one before.
/// </summary>
public static class AuditTrail
{
    /// <summary>
    /// Not audited: the audit itself, notifications (messages about the data, not data; a bell read would flood it), and
    /// the summaries (figures derived from the audited detail, checked against it by check-summaries), drafts (unsaved
    /// typing, written every few keystrokes; what is saved from them is audited when it is saved), and the
    /// data-protection keys (secrets of the portal, not programme data).
    /// </summary>
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(Notification), typeof(Summaries.DossierSummary), typeof(Summaries.CommuneSummary),
        typeof(Drafts.DossierDraft), typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
    ];

    /// <summary>Secrets of accounts: the audit says that they changed, never what they are.</summary>
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    public const string SecretMark = "***";

    public static bool IsAudited(Type type) => !NotAudited.Contains(type);
    public static bool IsSecret(string property) => Secrets.Contains(property);

    public sealed class Pending(EntityEntry entry, string operation, string? key, Dictionary<string, string?>? values)
    {
        internal EntityEntry Entry { get; } = entry;
        internal string Operation { get; } = operation;
        internal string? Key { get; } = key;
        internal Dictionary<string, string?>? Values { get; } = values;
    }

    public static List<Pending> Capture(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => IsAudited(e.Metadata.ClrType)))
        {
            if (entry.State == EntityState.Added) pending.Add(new(entry, "insert", null, null));
            else if (entry.State == EntityState.Modified)
            {
                var changed = entry.Properties.Where(p => p.IsModified).ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.CurrentValue));
                if (changed.Count > 0) pending.Add(new(entry, "update", Key(entry, original: true), changed));
            }
            else if (entry.State == EntityState.Deleted)
                pending.Add(new(entry, "delete", Key(entry, original: true),
                    entry.Properties.ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.OriginalValue))));
        }
        return pending;
    }

    /// <summary>The audit rows of a save, numbered after <paramref name="lastId"/> and linked to <paramref name="lastHash"/>.</summary>
    public static List<AuditEntry> Chain(IEnumerable<Pending> pending, long lastId, string lastHash, DateTime nowUtc, string actor)
    {
        var rows = new List<AuditEntry>();
        foreach (var p in pending)
        {
            var values = p.Values ?? p.Entry.Properties.ToDictionary(x => x.Metadata.Name, x => Value(x.Metadata.Name, x.CurrentValue));
            var row = new AuditEntry
            {
                Id = ++lastId, AtUtc = nowUtc, Actor = actor, Entity = TableOf(p.Entry), EntityKey = p.Key ?? Key(p.Entry, original: false),
                Operation = p.Operation, Data = AuditHash.Data(values), PreviousHash = lastHash, Hash = "",
            };
            row.Hash = lastHash = AuditHash.Of(row);
            rows.Add(row);
        }
        return rows;
    }

    public static string TableOf(EntityEntry entry) => entry.Metadata.GetTableName() ?? entry.Metadata.ShortName();

    public static string? Value(string property, object? value) =>
        IsSecret(property) ? value is null ? null : SecretMark : AuditHash.Text(value);

    private static string Key(EntityEntry entry, bool original) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => AuditHash.Text(original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)));
}
