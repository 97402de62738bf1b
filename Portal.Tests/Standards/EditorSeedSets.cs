namespace Portal.Tests.Standards;

/// <summary>The set files shipped with the portal, copied beside the test assembly under Seed/standard-sets.</summary>
internal static class EditorSeedSets
{
    public const string Demo = "DEMO-06.json";
    public const string Qd06 = "QD06-2019.json";
    public const string Qd34 = "QD34-2014.json";

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", "standard-sets", file));
}
