using System.Text.Json;
using F = Portal.Workflows.Scoring.InputFieldNames;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Reads an inputs file: <c>{ "category": "A", "criteria": { "2": { "numerator": 98, "denominator": 100 }, … } }</c> or
/// an array of such objects. Only the JSON shape is checked here; what a criterion needs is checked by the scorer,
/// which knows the set.
/// </summary>
public static class ScoreInputReader
{
    /// <exception cref="JsonException">The text is not JSON, or is neither an object nor an array.</exception>
    public static ScoreInputDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Object => new ScoreInputDocument(false, [ReadEntry(root)]),
            JsonValueKind.Array => new ScoreInputDocument(true, root.EnumerateArray().Select(ReadEntry).ToList()),
            _ => throw new JsonException(ScoringMessages.InputsNotObjectOrArray()),
        };
    }

    /// <exception cref="ScoreInputException">The object does not have the shape of an input.</exception>
    public static ScoreInput Parse(JsonElement element)
    {
        var problems = new List<ScoreInputProblem>();
        var input = Parse(element, problems);
        return input is not null && problems.Count == 0 ? input : throw new ScoreInputException(problems);
    }

    private static ScoreInputEntry ReadEntry(JsonElement element)
    {
        try
        {
            return new ScoreInputEntry(Parse(element), null);
        }
        catch (ScoreInputException refusal)
        {
            return new ScoreInputEntry(null, refusal);
        }
    }

    private static ScoreInput? Parse(JsonElement element, List<ScoreInputProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ScoringMessages.InputNotAnObject());
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not (F.Category or F.Criteria))
            {
                problems.Add(ScoringMessages.InputShape(null, property.Name, "UnknownField"));
            }
        }
        string? category = null;
        if (!element.TryGetProperty(F.Category, out var categoryElement))
        {
            problems.Add(ScoringMessages.MissingField(null, F.Category, null));
        }
        else if (categoryElement.ValueKind != JsonValueKind.String)
        {
            problems.Add(ScoringMessages.InputShape(null, F.Category, "NotAString"));
        }
        else
        {
            category = categoryElement.GetString();
        }
        var criteria = ReadCriteria(element, problems);
        return category is null || criteria is null ? null : new ScoreInput(category, criteria);
    }

    private static Dictionary<string, CriterionInput>? ReadCriteria(JsonElement element, List<ScoreInputProblem> problems)
    {
        if (!element.TryGetProperty(F.Criteria, out var criteria))
        {
            problems.Add(ScoringMessages.MissingField(null, F.Criteria, null));
            return null;
        }
        if (criteria.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ScoringMessages.InputShape(null, F.Criteria, "NotAnObjectField"));
            return null;
        }
        var result = new Dictionary<string, CriterionInput>(StringComparer.Ordinal);
        foreach (var property in criteria.EnumerateObject())
        {
            var subject = InputSubject.Of(property.Name);
            if (CriterionInputReader.Read(property.Value, subject, problems) is { } input) result[property.Name] = input;
        }
        return result;
    }
}
