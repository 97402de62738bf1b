using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Data.Audit;

/// <summary>
/// The canonical form of an audit row and its hash: the same bytes whoever computes them. A value is written as
/// text (<see cref="Text"/>); a row's values as a JSON object with its names in ordinal order; a row as its fields,
/// each prefixed by its length, the previous row's hash last. SHA-256, lower-case hex.
/// </summary>
public static class AuditHash
{
    /// <summary>What the first row links to.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(AuditEntry e)
    {
        // Each field as its length in UTF-8 bytes, a colon, the field: unambiguous, and owing nothing to a serialiser
        // whose escaping might change with the runtime (a chain must verify for as long as it is kept).
        var canonical = new StringBuilder();
        foreach (var field in new[] { e.Id.ToString(CultureInfo.InvariantCulture), Text(e.AtUtc), e.Actor, e.Entity, e.EntityKey, e.Operation, e.Data, e.PreviousHash })
            canonical.Append(Encoding.UTF8.GetByteCount(field!)).Append(':').Append(field).Append(';');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>The values as one JSON object, names in ordinal order; Vietnamese kept readable (never put in a page unencoded).</summary>
    public static string Data(IEnumerable<KeyValuePair<string, string?>> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string?>(values.ToDictionary(), StringComparer.Ordinal), Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, string?> ReadData(string data) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];

    /// <summary>
    /// A value as text, the same from the entity saved and from the row read back: dates to the tick without their
    /// kind (the database does not keep it), enums by name (as stored), numbers in the invariant culture.
    /// </summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
