using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Helpers to break one value of DEMO-06 and find the problem the loader reports for it.</summary>
internal static class SetProblems
{
    public static JsonObject Demo() => ShippedSets.Json(ShippedSets.Demo);

    public static JsonNode Criterion(JsonObject set, int index) => set["criteria"]![index]!;

    /// <summary>Asserts that the set is refused with a problem at exactly <paramref name="path"/>; returns its message.</summary>
    public static string At(JsonObject set, string path)
    {
        var loaded = StandardSetFormat.Read(set.ToJsonString());
        Assert.False(loaded.IsAccepted);
        Assert.Null(loaded.Set);
        var problem = loaded.Problems.FirstOrDefault(p => p.Path == path);
        Assert.True(problem is not null, $"no problem at {path}; got: {string.Join(" | ", loaded.Problems)}");
        return problem.Message;
    }
}
