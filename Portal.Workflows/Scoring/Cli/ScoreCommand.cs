using System.Globalization;
using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>
/// The <c>score</c> verb: <c>score --standard SET.json --inputs INPUTS.json</c>. Prints the result (or an array of
/// results) as JSON. Exit 0 when every input was scored; 1, after printing every result, when some input was refused;
/// 2 with a message on standard error for bad arguments, a missing or unreadable file, invalid JSON, or a set that
/// does not follow the format. Unknown points (a null band or item the input falls in) are not a refusal: the
/// criterion prints <c>"points": null</c>, the verdict is "incomplete" and the exit status 0.
/// Its texts are Vietnamese with invariant numbers whatever the machine's language, so its output is the same everywhere.
/// </summary>
public static class ScoreCommand
{
    public const int ExitOk = 0;
    public const int ExitInputRefused = 1;
    public const int ExitFailure = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        // The invariant UI culture reads the neutral (Vietnamese) resources.
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.InvariantCulture, CultureInfo.InvariantCulture);
        try
        {
            return RunInVietnamese(args, stdout, stderr);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int RunInVietnamese(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = ScoreCommandArguments.Parse(args, out var argumentError);
        if (arguments is null)
        {
            stderr.WriteLine(argumentError);
            stderr.WriteLine(ScoringMessages.CommandUsage());
            return ExitFailure;
        }
        var set = LoadSet(arguments.StandardPath, stderr);
        var inputs = set is null ? null : ReadInputs(arguments.InputsPath, stderr);
        if (set is null || inputs is null) return ExitFailure;

        var outcomes = inputs.Entries.Select(entry => ScoreOne(set, entry)).ToList();
        stdout.WriteLine(ScoreResultJsonWriter.ToJson(outcomes, inputs.IsArray));
        var refused = outcomes.Count(o => o.IsRefused);
        if (refused == 0) return ExitOk;
        stderr.WriteLine(ScoringMessages.InputsRefused(refused, outcomes.Count));
        return ExitInputRefused;
    }

    private static ScoreOutcome ScoreOne(StandardSet set, ScoreInputEntry entry)
    {
        if (entry.Input is null) return new ScoreOutcome(null, entry.Refusal?.Message);
        try
        {
            return new ScoreOutcome(StandardScorer.Score(set, entry.Input), null);
        }
        catch (ScoreInputException refusal)
        {
            return new ScoreOutcome(null, refusal.Message);
        }
    }

    private static StandardSet? LoadSet(string path, TextWriter stderr)
    {
        var text = ReadFile(path, stderr);
        if (text is null) return null;
        var loaded = StandardSetFormat.Read(text);
        if (loaded.Set is not null) return loaded.Set;
        stderr.WriteLine(ScoringMessages.SetFileRefused(path, loaded.Problems.Count));
        foreach (var problem in loaded.Problems)
        {
            stderr.WriteLine($"  {problem}");
        }
        return null;
    }

    private static ScoreInputDocument? ReadInputs(string path, TextWriter stderr)
    {
        var text = ReadFile(path, stderr);
        if (text is null) return null;
        try
        {
            return ScoreInputReader.Read(text);
        }
        catch (JsonException ex)
        {
            stderr.WriteLine(ScoringMessages.InvalidJsonFile(path, ex.Message));
            return null;
        }
    }

    private static string? ReadFile(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine(ScoringMessages.FileNotFound(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(ScoringMessages.FileUnreadable(path, ex.Message));
        }
        return null;
    }
}
