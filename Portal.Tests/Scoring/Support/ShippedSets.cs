using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The set files shipped with the portal, copied beside the test assembly.</summary>
internal static class ShippedSets
{
    public const string Demo = "DEMO-06";
    public const string Qd06 = "QD06-2019";
    public const string Qd34 = "QD34-2014";

    public static string PathOf(string code) => Path.Combine(AppContext.BaseDirectory, "Seed", "standard-sets", $"{code}.json");

    public static string Text(string code) => File.ReadAllText(PathOf(code));

    /// <summary>A mutable copy of the file, for tests that break one value and look for the problem it causes.</summary>
    public static JsonObject Json(string code) => JsonNode.Parse(Text(code))!.AsObject();

    public static StandardSet Load(string code) => TestSets.Accepted(Text(code));
}
