using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Files;

/// <summary>
/// An upload read into memory (at most the limit) with the type its bytes are (null: not an allowed type) and the
/// name it will be shown under. Nothing is on disk until <see cref="Place"/>, which callers run after the access check.
/// </summary>
public sealed class VerifiedUpload
{
    private readonly byte[] _bytes;

    private VerifiedUpload(byte[] bytes, string sentName)
    {
        _bytes = bytes;
        Type = UploadType.Of(bytes);
        DisplayName = Type is null ? "" : UploadName.Display(sentName, Type);
    }

    public UploadType? Type { get; }
    public string DisplayName { get; }
    public long Size => _bytes.Length;

    /// <summary>The upload, or null when it is empty or larger than <paramref name="maxBytes"/> (read no further than that).</summary>
    public static async Task<VerifiedUpload?> ReadAsync(IncomingFile file, long maxBytes, CancellationToken ct)
    {
        if (file.Size is <= 0 || file.Size > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.Content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length == 0 ? null : new VerifiedUpload(buffer.ToArray(), file.Name);
    }

    /// <summary>
    /// Writes the bytes under a generated name in <paramref name="folder"/>: first to a temporary name, then moved into
    /// place, so a crash never leaves a half-written file under a real name (the start-up sweep removes leftovers,
    /// <see cref="UploadSweep"/>). Gives the stored name.
    /// </summary>
    public string Place(string folder)
    {
        Directory.CreateDirectory(folder);
        var stored = Guid.NewGuid().ToString("N") + Type!.Extension;
        var temporary = Path.Combine(folder, stored + UploadSweep.TemporarySuffix);
        using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            target.Write(_bytes);
            target.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(folder, stored));
        return stored;
    }
}
