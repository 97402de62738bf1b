using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it starts a circuit: the server components' start markers
/// (<c>&lt;!--Blazor:{"type":"server",…}--&gt;</c>, in their <c>sequence</c> order) and the persisted component state
/// (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>), handed to the hub as UpdateRootComponents does.
/// </summary>
public static partial class PageMarkers
{
    public sealed record Page(IReadOnlyList<JsonObject> ServerComponents, string ApplicationState);

    public static Page Read(string html)
    {
        var components = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(o => (string?)o["type"] == "server")
            .OrderBy(o => (int?)o["sequence"] ?? 0)
            .ToList();
        var state = State().Match(html);
        return new Page(components, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>
    /// The first UpdateRootComponents batch, as WebRootComponentManager builds it: batch 1, an "add" per component with
    /// ssrComponentId from 1 and the marker without its DOM positions (uniqueId is the descriptor's count on the page).
    /// </summary>
    public static string AddOperations(Page page)
    {
        var operations = new JsonArray();
        for (var i = 0; i < page.ServerComponents.Count; i++)
        {
            var marker = page.ServerComponents[i].DeepClone().AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([a-zA-Z0-9+/=]+)-->")]
    private static partial Regex State();
}
