using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Reads the properties of one JSON object, recording each shape problem with its JSON path. A required property
/// must be present; it may still be <c>null</c> (unknown) unless <c>nullable</c> is false. A value that breaks the
/// shape reads as <c>null</c>: the recorded problem makes the whole set refused, so that null is never used.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly List<SetProblem> _problems;

    private JsonObjectReader(JsonElement element, string path, List<SetProblem> problems)
    {
        _element = element;
        Path = path;
        _problems = problems;
    }

    public string Path { get; }

    public static JsonObjectReader? Open(JsonElement element, string path, List<SetProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, problems);
        }
        problems.Add(new SetProblem(path, ScoringMessages.NotAnObject()));
        return null;
    }

    public string PathOf(string name) => $"{Path}.{name}";

    public bool Has(string name) => _element.TryGetProperty(name, out _);

    /// <summary>An optional string: absent reads as null without a problem.</summary>
    public string? OptionalString(string name) => Has(name) ? String(name) : null;

    public void Report(string name, string message) => _problems.Add(new SetProblem(PathOf(name), message));

    public string? String(string name, bool nullable = true)
    {
        var element = Present(name, nullable);
        if (element is not { } value) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        Report(name, ScoringMessages.NotAString());
        return null;
    }

    public bool? Bool(string name, bool nullable = true)
    {
        var element = Present(name, nullable);
        if (element is not { } value) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Report(name, ScoringMessages.NotABoolean());
        return null;
    }

    public int? Int(string name, bool nullable = true)
    {
        var element = Present(name, nullable);
        if (element is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        Report(name, ScoringMessages.NotAnInteger());
        return null;
    }

    public decimal? Decimal(string name, bool nullable = true)
    {
        var element = Present(name, nullable);
        if (element is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
        Report(name, ScoringMessages.NotANumber());
        return null;
    }

    /// <summary>The elements of an array property with their paths, or <c>null</c> when null, absent or not an array.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)>? Array(string name, bool nullable = true)
    {
        var element = Present(name, nullable);
        if (element is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(name, ScoringMessages.NotAnArray());
            return null;
        }
        return value.EnumerateArray().Select((item, i) => (item, $"{PathOf(name)}[{i}]")).ToList();
    }

    /// <summary>The elements of an array property read one by one; <c>null</c> when null (unknown), absent or not an array.</summary>
    public ValueList<T>? List<T>(string name, List<SetProblem> problems, Func<JsonElement, string, List<SetProblem>, T?> readOne)
        where T : class
    {
        var elements = Array(name);
        return elements is null ? null : new ValueList<T>(elements.Select(e => readOne(e.Element, e.Path, problems)).OfType<T>());
    }

    public JsonObjectReader? Object(string name)
    {
        var element = Present(name, nullable: false);
        return element is { } value ? Open(value, PathOf(name), _problems) : null;
    }

    /// <summary>Reports every property not in <paramref name="allowed"/>, using <paramref name="describe"/> for the message.</summary>
    public void RejectOthers(IReadOnlySet<string> allowed, Func<string, string> describe)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name)) Report(property.Name, describe(property.Name));
        }
    }

    /// <summary>The property's value when present and not null; reports an absent property and a forbidden null.</summary>
    private JsonElement? Present(string name, bool nullable)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            Report(name, ScoringMessages.MissingProperty(name));
            return null;
        }
        if (value.ValueKind != JsonValueKind.Null) return value;
        if (!nullable) Report(name, ScoringMessages.NullNotAllowed());
        return null;
    }
}
