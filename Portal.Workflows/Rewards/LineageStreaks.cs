namespace Portal.Workflows.Rewards;

/// <summary>
/// How a commune of the 2025 structure carries on the streaks of the communes merged into it
/// (docs/decisions/0013-merger-lineage-and-streaks.md). Pure. Before its own structure began, a year counts as
/// recognised only when every predecessor that went wholly into it was recognised that year; any predecessor not
/// recognised (or with no round) breaks it. Predecessors that went in only in part are left out: the part that came
/// over cannot be told from the part that went elsewhere. To change the rule, change <see cref="Combine"/>.
/// </summary>
public static class LineageStreaks
{
    /// <param name="own">The commune's own history (rounds of its own structure).</param>
    /// <param name="wholePredecessors">The histories of the old communes that went wholly into it.</param>
    /// <param name="ownFrom">The first year of the commune's own structure; earlier years come from the predecessors.</param>
    public static IReadOnlyDictionary<int, YearOutcome> Outcomes(CommuneYears own, IReadOnlyList<CommuneYears> wholePredecessors, int? ownFrom)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(wholePredecessors);
        if (wholePredecessors.Count == 0 || ownFrom is not { } from) return StreakCalculator.Outcomes(own);
        var known = Known(own).Concat(wholePredecessors.SelectMany(Known).Where(y => y < from)).ToList();
        if (known.Count == 0) return new Dictionary<int, YearOutcome>();
        var outcomes = new SortedDictionary<int, YearOutcome>();
        for (var year = known.Min(); year <= known.Max(); year++)
            outcomes[year] = year >= from || Known(own).Contains(year)
                ? StreakCalculator.Classify(own, year)
                : Combine(wholePredecessors.Select(p => StreakCalculator.Classify(p, year)).ToList());
        return outcomes;
    }

    /// <summary>
    /// One inherited year: recognised when every predecessor was; broken when any was not; waiting while any is
    /// undecided; not an evaluation year when none was evaluated (or only some, the others recognised).
    /// </summary>
    public static YearOutcome Combine(IReadOnlyList<YearOutcome> predecessors)
    {
        ArgumentNullException.ThrowIfNull(predecessors);
        if (predecessors.Count > 0 && predecessors.All(o => o == YearOutcome.Recognized)) return YearOutcome.Recognized;
        if (predecessors.Contains(YearOutcome.Broken)) return YearOutcome.Broken;
        return predecessors.Contains(YearOutcome.Undecided) ? YearOutcome.Undecided : YearOutcome.NotEvaluated;
    }

    private static IEnumerable<int> Known(CommuneYears h) => h.RoundYears.Union(h.Dossiers.Keys);
}
