using Portal.Workflows.Scoring;

namespace Portal.Workflows.Rewards;

/// <summary>
/// Which years are evaluation years for a commune, from the standard sets of the rounds that covered it
/// (<see cref="StandardSet.EvaluationYears"/>; a yearly set evaluates every year). A year without a round takes the
/// cadence of the nearest later round's set (the one whose streak it would break), else of the nearest earlier one.
/// </summary>
public sealed class EvaluationCadence
{
    public static readonly EvaluationCadence EveryYear = new([]);

    private readonly SortedDictionary<int, IReadOnlyList<int>?> _byRoundYear = [];

    /// <param name="rounds">Each round's year and its set's evaluation years (null: every year).</param>
    public EvaluationCadence(IEnumerable<(int Year, IReadOnlyList<int>? EvaluationYears)> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        foreach (var (year, years) in rounds)
            // Two rounds in one year under different cadences: a yearly one makes it an evaluation year.
            _byRoundYear[year] = _byRoundYear.TryGetValue(year, out var known) && (known is null || years is null) ? null : years;
    }

    public bool Evaluates(int year)
    {
        if (_byRoundYear.Count == 0) return true;
        foreach (var (roundYear, years) in _byRoundYear)
            if (roundYear >= year) return years?.Contains(year) ?? true;
        return _byRoundYear.Last().Value?.Contains(year) ?? true;
    }
}
