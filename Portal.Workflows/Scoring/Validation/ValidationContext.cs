namespace Portal.Workflows.Scoring;

/// <summary>What every check needs: whether nulls are allowed (incomplete set), where problems go, and the codes seen.</summary>
internal sealed class ValidationContext(bool complete)
{
    private readonly Dictionary<string, string> _firstPathOfCode = new(StringComparer.Ordinal);

    public bool Complete { get; } = complete;

    public List<SetProblem> Problems { get; } = [];

    public void Report(string path, string message) => Problems.Add(new SetProblem(path, message));

    /// <summary>A null is an unknown value: fine while the set is incomplete, a problem once it claims to be complete.</summary>
    public void RequireKnown(object? value, string path)
    {
        if (value is null && Complete) Report(path, ScoringMessages.NullInCompleteSet());
    }

    public void RequireNonNegative(int? value, string path)
    {
        if (value < 0) Report(path, ScoringMessages.Negative());
    }

    public void RequirePositive(int? value, string path)
    {
        if (value <= 0) Report(path, ScoringMessages.NotPositive());
    }

    /// <summary>Item and part codes share one namespace across the set, so an input code can never be ambiguous.</summary>
    public void RegisterCode(string code, string path)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Report(path, ScoringMessages.EmptyCode());
        }
        else if (!_firstPathOfCode.TryAdd(code, path))
        {
            Report(path, ScoringMessages.DuplicateCode(code, _firstPathOfCode[code]));
        }
    }
}
