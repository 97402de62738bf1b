using System.Security.Cryptography;
using System.Text.Json;

namespace Portal.Workflows.Backups;

/// <summary>One file of a backup: its path inside the archive (forward slashes), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Length, string Sha256);

/// <summary>
/// What a backup holds, written into the archive as <c>manifest.json</c>: the rows of every table of the database copy
/// and a checksum of every file. A restore checks the archive against it before the data folder is put in place.
/// </summary>
public sealed record BackupManifest(DateTimeOffset CreatedAt, string? LastMigration,
    IReadOnlyDictionary<string, long> Tables, IReadOnlyList<BackupFile> Files)
{
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "portal.db";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? FromJson(string json)
    {
        try { return JsonSerializer.Deserialize<BackupManifest>(json, Json); }
        catch (JsonException) { return null; }
    }

    public static async Task<BackupFile> DescribeAsync(string archivePath, Stream content, CancellationToken ct)
    {
        var counting = new CountingStream(content);
        var hash = await SHA256.HashDataAsync(counting, ct);
        return new BackupFile(archivePath, counting.Count, Convert.ToHexString(hash));
    }

    /// <summary>Counts what a hash reads, so one pass gives both the size and the checksum.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }
        public override int Read(byte[] buffer, int offset, int count) => Add(inner.Read(buffer, offset, count));
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Add(await inner.ReadAsync(buffer, ct));
        private int Add(int read) { Count += read; return read; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
