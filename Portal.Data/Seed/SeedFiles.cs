namespace Portal.Data.Seed;

/// <summary>
/// The data files shipped inside Portal.Data (Seed/units, Seed/standard-sets), so that the portal runs from a
/// clone alone. The build names an embedded file by its folders with '-' turned into '_'.
/// </summary>
public static class SeedFiles
{
    public static TextReader Open(string folder, string file)
    {
        var name = $"Portal.Data.Seed.{folder.Replace('-', '_')}.{file}";
        var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Seed file {folder}/{file} is not embedded in Portal.Data.");
        return new StreamReader(stream);
    }
}
