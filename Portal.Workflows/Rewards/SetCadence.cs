using System.Text.Json;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Rewards;

/// <summary>
/// The one field of a stored standard set that streaks need: its evaluation years (absent: every year). A stored set
/// was checked by <see cref="StandardSetFormat"/> when it was written, so reading it whole again (criteria, rules,
/// every check) for one list is not needed; a recognition reads the sets of its commune's rounds.
/// </summary>
public static class SetCadence
{
    public static IReadOnlyList<int>? EvaluationYears(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty(FormatPropertyNames.EvaluationYears, out var years)
            || years.ValueKind != JsonValueKind.Array) return null;
        return [.. years.EnumerateArray().Where(y => y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out _)).Select(y => y.GetInt32())];
    }
}
