using Portal.Data.Seed;

namespace Portal.Workflows.Standards;

/// <summary>
/// The standard sets shipped in Portal.Data/Seed/standard-sets (see SOURCE.md there), stored at first start.
/// A set whose code is already stored is left alone, so an administrator's edits survive restarts.
/// </summary>
public sealed class ShippedStandardSets(StandardSetCatalog catalog)
{
    public static readonly string[] Files = ["DEMO-06.json", "QD06-2019.json", "QD34-2014.json"];

    public async Task<int> EnsureAsync(CancellationToken ct = default)
    {
        var added = 0;
        foreach (var file in Files)
        {
            var result = await catalog.AddAsync(Read(file), copiedFrom: null, by: "seed", ct);
            if (result.Succeeded) added++;
            else if (!result.Problems.All(p => p.Path == "$.code"))
                throw new InvalidOperationException($"Shipped set {file} is refused: {string.Join("; ", result.Problems)}");
        }
        return added;
    }

    public static string Read(string file)
    {
        using var reader = SeedFiles.Open("standard-sets", file);
        return reader.ReadToEnd();
    }
}
