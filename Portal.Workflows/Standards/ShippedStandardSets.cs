using Portal.Data.Seed;

namespace Portal.Workflows.Standards;

/// <summary>
/// The standard sets shipped in Portal.Data/Seed/standard-sets (see SOURCE.md there), stored at start-up. A set not
/// yet stored is added; a stored one is refreshed from its file when the file changed (a corrected legal value), as
/// long as no round uses it and no administrator has edited it: a round's dossiers keep their set for life, and an
/// administrator's edits survive restarts.
/// </summary>
public sealed class ShippedStandardSets(StandardSetCatalog catalog)
{
    /// <summary>Who the seed writes sets as; a set last written by anyone else has been edited by a person.</summary>
    public const string SeedUser = "seed";

    public static readonly string[] Files = ["DEMO-06.json", "QD06-2019.json", "QD34-2014.json"];

    /// <returns>How many sets were added or refreshed.</returns>
    public async Task<int> EnsureAsync(CancellationToken ct = default)
    {
        var written = 0;
        foreach (var file in Files)
        {
            var json = Read(file);
            var result = await catalog.AddAsync(json, copiedFrom: null, by: SeedUser, ct);
            if (result.Succeeded) written++;
            else if (!result.Problems.All(p => p.Path == "$.code"))
                throw new InvalidOperationException($"Shipped set {file} is refused: {string.Join("; ", result.Problems)}");
            else if (await catalog.RefreshShippedAsync(json, SeedUser, ct)) written++;
        }
        return written;
    }

    public static string Read(string file)
    {
        using var reader = SeedFiles.Open("standard-sets", file);
        return reader.ReadToEnd();
    }
}
