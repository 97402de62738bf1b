using System.Text.Json;
using F = Portal.Workflows.Scoring.InputFieldNames;

namespace Portal.Workflows.Scoring;

/// <summary>Reads the JSON of one criterion's (or part's) input, refusing wrong types and unknown fields.</summary>
internal static class CriterionInputReader
{
    public static CriterionInput? Read(JsonElement element, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ScoringMessages.CriterionInputNotAnObject(subject));
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!F.CriterionFields.Contains(property.Name)) problems.Add(ScoringMessages.InputShape(subject, property.Name, "UnknownField"));
        }
        return new CriterionInput
        {
            Numerator = ReadWhole(element, F.Numerator, subject, problems),
            Denominator = ReadWhole(element, F.Denominator, subject, problems),
            Count = ReadWhole(element, F.Count, subject, problems),
            Items = ReadCodes(element, subject, problems),
            Yes = ReadYes(element, subject, problems),
            Parts = ReadParts(element, subject, problems),
        };
    }

    private static long? ReadWhole(JsonElement element, string field, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (!element.TryGetProperty(field, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) return number;
        problems.Add(ScoringMessages.InputShape(subject, field, "NotAWholeNumber"));
        return null;
    }

    private static bool? ReadYes(JsonElement element, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (!element.TryGetProperty(F.Yes, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        problems.Add(ScoringMessages.InputShape(subject, F.Yes, "NotABoolean"));
        return null;
    }

    private static List<string>? ReadCodes(JsonElement element, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (!element.TryGetProperty(F.Items, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
        {
            return value.EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        problems.Add(ScoringMessages.InputShape(subject, F.Items, "NotAListOfCodes"));
        return null;
    }

    private static Dictionary<string, CriterionInput>? ReadParts(JsonElement element, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (!element.TryGetProperty(F.Parts, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Object || subject.PartCode is not null)
        {
            // A part cannot have parts of its own, so "parts" inside a part is as wrong as a non-object.
            problems.Add(ScoringMessages.InputShape(subject, F.Parts, subject.PartCode is null ? "NotAnObjectField" : "UnknownField"));
            return null;
        }
        var parts = new Dictionary<string, CriterionInput>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (Read(property.Value, subject.Part(property.Name), problems) is { } input) parts[property.Name] = input;
        }
        return parts;
    }
}
