using Portal.Data.Dossiers;

namespace Portal.Workflows.Rewards;

/// <summary>Consecutive recognised years of one commune, oldest first (years without any round may be missing).</summary>
public sealed record Streak(IReadOnlyList<int> Years)
{
    public static readonly Streak None = new([]);
    public int Length => Years.Count;
    public int? FirstYear => Years.Count > 0 ? Years[0] : null;
    public int? LastYear => Years.Count > 0 ? Years[^1] : null;
}

/// <summary>
/// One commune's history as the calculator needs it: the state of its dossier in each year it had one, the years in
/// which a round covered it, and of those the years still undecided (no round of that year closed yet).
/// </summary>
public sealed record CommuneYears(
    IReadOnlyDictionary<int, DossierState> Dossiers,
    IReadOnlySet<int> RoundYears,
    IReadOnlySet<int> UndecidedYears);

/// <summary>Every unbroken run of recognised years; the current one (empty when the last decided year broke it); the longest.</summary>
public sealed record StreakResult(IReadOnlyList<Streak> Runs, Streak Current, Streak Longest);

/// <summary>
/// Counts consecutive recognised years (PORTAL-SPEC P6; docs/decisions/0005-streaks-and-rewards.md). Pure.
/// Going through the years in which the commune had a round or a dossier:
/// <list type="bullet">
/// <item>a Recognized dossier extends the run;</item>
/// <item>a NotRecognized or Withdrawn dossier breaks it;</item>
/// <item>no dossier, or an unfinished one, breaks it once the year is decided (a round covered the commune and
/// closed), and is skipped while the year is undecided (this year's round still running);</item>
/// <item>a year in which no round covered the commune is not looked at: it neither breaks nor extends (06/2019 may
/// evaluate only some years).</item>
/// </list>
/// </summary>
public static class StreakCalculator
{
    public static StreakResult Compute(CommuneYears history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var years = history.RoundYears.Union(history.Dossiers.Keys).Order();
        var runs = new List<Streak>();
        var run = new List<int>();
        var broken = false;
        foreach (var year in years)
        {
            var state = history.Dossiers.TryGetValue(year, out var s) ? s : (DossierState?)null;
            if (state == DossierState.Recognized)
            {
                run.Add(year);
                broken = false;
            }
            else if (state is DossierState.NotRecognized or DossierState.Withdrawn || !history.UndecidedYears.Contains(year))
            {
                Close(runs, run);
                run = [];
                broken = true;
            }
            // else: undecided, skipped.
        }
        Close(runs, run);
        var current = broken || runs.Count == 0 ? Streak.None : runs[^1];
        var longest = runs.Count == 0 ? Streak.None : runs.OrderByDescending(r => r.Length).ThenByDescending(r => r.LastYear).First();
        return new StreakResult(runs, current, longest);
    }

    /// <summary>The milestones a run reaches: its first 3 years (district) and its first 5 years (province).</summary>
    public static IEnumerable<(RewardMilestone Milestone, Streak Years)> Milestones(Streak run) =>
        RewardMilestone.All.Where(m => run.Length >= m.Length).Select(m => (m, new Streak([.. run.Years.Take(m.Length)])));

    private static void Close(List<Streak> runs, List<int> run)
    {
        if (run.Count > 0) runs.Add(new Streak(run));
    }
}
