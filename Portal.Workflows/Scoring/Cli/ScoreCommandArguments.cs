namespace Portal.Workflows.Scoring;

/// <summary>The arguments of <c>score</c>: <c>--standard SET.json --inputs INPUTS.json</c>, in either order.</summary>
public sealed record ScoreCommandArguments(string StandardPath, string InputsPath)
{
    public const string StandardOption = "--standard";
    public const string InputsOption = "--inputs";

    /// <returns>The arguments, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static ScoreCommandArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? standard = null;
        string? inputs = null;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var (name, value, consumed) = Split(args, i);
            i += consumed;
            error = name switch
            {
                StandardOption => Assign(ref standard, name, value),
                InputsOption => Assign(ref inputs, name, value),
                _ => ScoringMessages.ArgumentUnknown(args[i - consumed]),
            };
        }
        if (error is null && standard is null) error = ScoringMessages.ArgumentMissing(StandardOption);
        if (error is null && inputs is null) error = ScoringMessages.ArgumentMissing(InputsOption);
        return error is null ? new ScoreCommandArguments(standard!, inputs!) : null;
    }

    /// <summary>Accepts both "--standard x.json" and "--standard=x.json".</summary>
    private static (string Name, string? Value, int Consumed) Split(IReadOnlyList<string> args, int index)
    {
        var arg = args[index];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0) return (arg[..equals], arg[(equals + 1)..], 0);
        var hasValue = index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal);
        return hasValue ? (arg, args[index + 1], 1) : (arg, null, 0);
    }

    private static string? Assign(ref string? target, string name, string? value)
    {
        if (target is not null) return ScoringMessages.ArgumentRepeated(name);
        if (string.IsNullOrWhiteSpace(value)) return ScoringMessages.ArgumentValueMissing(name);
        target = value;
        return null;
    }
}
