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
        var stored = Stage(folder);
        Finish(folder, stored);
        return stored;
    }

    /// <summary>
    /// Writes the bytes to the temporary name of a new stored name and gives the stored name; <see cref="Finish"/> moves
    /// it into place once the row that names it is committed. A crash in between leaves a temporary file whose row
    /// either exists (the start-up sweep finishes the move) or does not (the sweep removes it): never a file without a
    /// row under a real name, never a row without its file after the next start.
    /// </summary>
    public string Stage(string folder)
    {
        Directory.CreateDirectory(folder);
        var stored = Guid.NewGuid().ToString("N") + Type!.Extension;
        var temporary = Path.Combine(folder, stored + UploadSweep.TemporarySuffix);
        try
        {
            using var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            target.Write(_bytes);
            target.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // A full disk stops the write halfway: the part written goes at once, not at the next start's sweep.
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
        return stored;
    }

    /// <summary>Moves a staged file into place (after its row is committed).</summary>
    public static void Finish(string folder, string stored) =>
        File.Move(Path.Combine(folder, stored + UploadSweep.TemporarySuffix), Path.Combine(folder, stored));

    /// <summary>Removes a staged file whose row was not saved.</summary>
    public static void Discard(string folder, string stored) => File.Delete(Path.Combine(folder, stored + UploadSweep.TemporarySuffix));
}
