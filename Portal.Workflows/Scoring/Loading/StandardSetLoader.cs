using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>Reads a set file (JSON text) into the model and validates it against the format.</summary>
public static class StandardSetLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // The format is strict JSON: comments and trailing commas are not part of it.
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
    };

    public static StandardSetLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Load(document.RootElement);
        }
        catch (JsonException ex)
        {
            return StandardSetLoadResult.Refused([new SetProblem("$", ScoringMessages.InvalidJson(ex.Message))]);
        }
    }

    public static StandardSetLoadResult Load(JsonElement root)
    {
        var problems = new List<SetProblem>();
        var set = StandardSetReader.Read(root, problems);
        // Semantic checks run only on a well-shaped file: on a half-read one they would repeat the shape problems.
        if (set is null || problems.Count > 0)
        {
            return StandardSetLoadResult.Refused(problems);
        }
        var semantic = StandardSetValidator.Validate(set);
        return semantic.Count > 0 ? StandardSetLoadResult.Refused(semantic) : new StandardSetLoadResult(set, []);
    }
}
