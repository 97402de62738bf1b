using Portal.Workflows.Scoring;

namespace Portal.Web.Standards;

/// <summary>The problems of the current draft by JSON path, so a field can show the problem that names it.</summary>
public sealed class ProblemIndex
{
    private readonly Dictionary<string, string> _byPath;

    public ProblemIndex(IEnumerable<SetProblem> problems)
    {
        _byPath = problems.GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)), StringComparer.Ordinal);
    }

    public static ProblemIndex None { get; } = new([]);

    public string? At(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Whether any problem lies at or under a path, e.g. anywhere in <c>$.criteria[2]</c>.</summary>
    public bool HasAnyUnder(string path) => _byPath.Keys.Any(p =>
        p.StartsWith(path, StringComparison.Ordinal) && (p.Length == path.Length || p[path.Length] is '.' or '['));
}
