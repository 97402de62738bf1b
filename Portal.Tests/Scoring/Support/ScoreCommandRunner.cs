using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Runs the <c>score</c> verb on files written to a temporary folder, capturing its output and exit status.</summary>
internal sealed class ScoreCommandRunner : IDisposable
{
    public const string BestCase = """
        { "category": "A", "criteria": {
            "1": { "items": ["1a", "1b", "1c", "1d"] }, "2": { "numerator": 98, "denominator": 100 }, "3": { "count": 0 },
            "4": { "numerator": 0, "denominator": 500 }, "5": { "numerator": 1, "denominator": 200 },
            "6": { "parts": { "6a": { "numerator": 19, "denominator": 20 }, "6b": { "numerator": 0, "denominator": 0 } } },
            "7": { "numerator": 49, "denominator": 50 },
            "8": { "parts": { "8a": { "numerator": 10, "denominator": 100 }, "8b": { "numerator": 3, "denominator": 20 } } },
            "9": { "numerator": 9, "denominator": 10 }, "10": { "numerator": 0, "denominator": 0 },
            "11": { "items": ["11a", "11b", "11c"] }, "12": { "items": ["12c", "12b", "12a"] }, "13": { "numerator": 90, "denominator": 100 } } }
        """;

    public string Folder { get; } = Directory.CreateTempSubdirectory("score-command-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = ScoreCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public (int Exit, string Out, string Err) RunDemo(string inputs) =>
        Run("--standard", ShippedSets.PathOf(ShippedSets.Demo), "--inputs", WriteFile("inputs.json", inputs));
}
