using Portal.Data.Dossiers;

namespace Portal.Workflows.Rewards;

/// <summary>Consecutive recognised evaluation years of one commune, oldest first.</summary>
public sealed record Streak(IReadOnlyList<int> Years)
{
    public static readonly Streak None = new([]);
    public int Length => Years.Count;
    public int? FirstYear => Years.Count > 0 ? Years[0] : null;
    public int? LastYear => Years.Count > 0 ? Years[^1] : null;
}

/// <summary>
/// One commune's history as the calculator needs it: the state of its dossier in each year it had one, the years in
/// which a round covered it, of those the years still undecided (no round of that year closed yet), and the cadence of
/// the standard sets its rounds used (which years are evaluation years).
/// </summary>
public sealed record CommuneYears(
    IReadOnlyDictionary<int, DossierState> Dossiers,
    IReadOnlySet<int> RoundYears,
    IReadOnlySet<int> UndecidedYears)
{
    public EvaluationCadence Cadence { get; init; } = EvaluationCadence.EveryYear;
}

/// <summary>What one year does to a streak.</summary>
public enum YearOutcome
{
    /// <summary>Recognised: the streak goes on.</summary>
    Recognized,
    /// <summary>An evaluation year without a recognition: the streak ends.</summary>
    Broken,
    /// <summary>This year's round has not closed yet and the dossier has no final state: wait.</summary>
    Undecided,
    /// <summary>Not an evaluation year of the standard: neither breaks nor extends.</summary>
    NotEvaluated,
}

/// <summary>Every unbroken run of recognised years; the current one (empty when the last decided year broke it); the longest.</summary>
public sealed record StreakResult(IReadOnlyList<Streak> Runs, Streak Current, Streak Longest);

/// <summary>
/// Counts consecutive recognised evaluation years (PORTAL-SPEC P6; docs/decisions/0005-streaks-and-rewards.md). Pure.
/// From the commune's first year with a round or dossier to its last, each year is:
/// <list type="bullet">
/// <item>recognised (a Recognized dossier): the run goes on;</item>
/// <item>not an evaluation year of the standard's cadence: skipped;</item>
/// <item>NotRecognized, Withdrawn or NotFinished, or — once the year is decided — no dossier, an unfinished one, or no
/// round held at all: the run is broken;</item>
/// <item>undecided (its round still running, the dossier not final): skipped until it is.</item>
/// </list>
/// </summary>
public static class StreakCalculator
{
    public static StreakResult Compute(CommuneYears history) => Compute(Outcomes(history));

    /// <summary>What each year from the first known to the last known does to the streak.</summary>
    public static IReadOnlyDictionary<int, YearOutcome> Outcomes(CommuneYears history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var known = history.RoundYears.Union(history.Dossiers.Keys).ToList();
        if (known.Count == 0) return new Dictionary<int, YearOutcome>();
        var outcomes = new SortedDictionary<int, YearOutcome>();
        for (var year = known.Min(); year <= known.Max(); year++) outcomes[year] = Classify(history, year);
        return outcomes;
    }

    public static YearOutcome Classify(CommuneYears history, int year)
    {
        ArgumentNullException.ThrowIfNull(history);
        var state = history.Dossiers.TryGetValue(year, out var s) ? s : (DossierState?)null;
        if (state == DossierState.Recognized) return YearOutcome.Recognized;
        if (state is DossierState.NotRecognized or DossierState.Withdrawn or DossierState.NotFinished) return YearOutcome.Broken;
        if (history.UndecidedYears.Contains(year)) return YearOutcome.Undecided;
        return history.Cadence.Evaluates(year) ? YearOutcome.Broken : YearOutcome.NotEvaluated;
    }

    /// <summary>The runs of recognised years in year order; undecided and non-evaluation years are passed over.</summary>
    public static StreakResult Compute(IReadOnlyDictionary<int, YearOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var runs = new List<Streak>();
        var run = new List<int>();
        var broken = false;
        foreach (var (year, outcome) in outcomes.OrderBy(o => o.Key))
        {
            if (outcome == YearOutcome.Recognized)
            {
                run.Add(year);
                broken = false;
            }
            else if (outcome == YearOutcome.Broken)
            {
                Close(runs, run);
                run = [];
                broken = true;
            }
        }
        Close(runs, run);
        var current = broken || runs.Count == 0 ? Streak.None : runs[^1];
        var longest = runs.Count == 0 ? Streak.None : runs.OrderByDescending(r => r.Length).ThenByDescending(r => r.LastYear).First();
        return new StreakResult(runs, current, longest);
    }

    /// <summary>The milestones a run reaches: its first 3 years and its first 5 years.</summary>
    public static IEnumerable<(RewardMilestone Milestone, Streak Years)> Milestones(Streak run) =>
        RewardMilestone.All.Where(m => run.Length >= m.Length).Select(m => (m, new Streak([.. run.Years.Take(m.Length)])));

    private static void Close(List<Streak> runs, List<int> run)
    {
        if (run.Count > 0) runs.Add(new Streak(run));
    }
}
