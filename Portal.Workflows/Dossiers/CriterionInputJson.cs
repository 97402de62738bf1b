using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Stores one criterion's input in the same JSON shape as an inputs file of the score command
/// ({"numerator": 98, "denominator": 100}, {"items": ["1a"]}, {"parts": {…}}), so stored data reads like the format.
/// </summary>
public static class CriterionInputJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(CriterionInput input) => JsonSerializer.Serialize(input, Options);

    public static CriterionInput? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<CriterionInput>(json, Options);
}
