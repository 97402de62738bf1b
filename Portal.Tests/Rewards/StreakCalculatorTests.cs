using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Workflows.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>What extends, breaks and skips a streak of recognised years, and the milestones at exactly 3 and 5.</summary>
[Trait("Category", "Unit")]
public sealed class StreakCalculatorTests
{
    /// <summary>
    /// One letter per year from 2019: R recognised, N not recognised, W withdrawn, s dossier still in progress,
    /// - a round but no dossier, . no round at all. Years listed in <paramref name="undecided"/> have no closed round yet.
    /// </summary>
    private static StreakResult Compute(string letters, params int[] undecided) => Compute(letters, EvaluationCadence.EveryYear, undecided);

    private static StreakResult Compute(string letters, EvaluationCadence cadence, params int[] undecided)
    {
        var dossiers = new Dictionary<int, DossierState>();
        var rounds = new HashSet<int>();
        for (var i = 0; i < letters.Length; i++)
        {
            var year = 2019 + i;
            if (letters[i] != '.') rounds.Add(year);
            DossierState? state = letters[i] switch
            {
                'R' => DossierState.Recognized, 'N' => DossierState.NotRecognized, 'W' => DossierState.Withdrawn,
                's' => DossierState.SelfAssessing, _ => null,
            };
            if (state is { } s) dossiers[year] = s;
        }
        return StreakCalculator.Compute(new CommuneYears(dossiers, rounds, undecided.ToHashSet()) { Cadence = cadence });
    }

    [Fact]
    public void Three_recognised_years_in_a_row_make_a_current_streak_of_three()
    {
        var result = Compute("NRRR");
        Assert.Equal([2020, 2021, 2022], result.Current.Years);
        Assert.Equal(3, result.Longest.Length);
    }

    [Theory]
    [InlineData("RR-RR", "a round with no dossier for the commune")]
    [InlineData("RRNRR", "a dossier not recognised")]
    [InlineData("RRWRR", "a withdrawn dossier")]
    [InlineData("RRsRR", "a dossier left unfinished in a closed round")]
    public void A_decided_year_without_recognition_breaks_the_streak(string letters, string why)
    {
        var result = Compute(letters);
        Assert.True(result.Runs.Count == 2, why);
        Assert.Equal([2022, 2023], result.Current.Years);
        Assert.Equal(2, result.Longest.Length);
    }

    [Fact]
    public void Under_a_yearly_standard_a_year_with_no_round_held_breaks_the_streak()
    {
        var result = Compute("R.R.R");
        Assert.Equal([2023], result.Current.Years);
        Assert.Equal(3, result.Runs.Count);
    }

    [Fact]
    public void Under_a_standard_that_evaluates_some_years_the_years_between_are_skipped()
    {
        // A set with "evaluationYears": [2019, 2021, 2023] held rounds only in those years.
        var cadence = new EvaluationCadence([(2019, [2019, 2021, 2023]), (2021, [2019, 2021, 2023]), (2023, [2019, 2021, 2023])]);
        var result = Compute("R.R.R", cadence);
        Assert.Equal([2019, 2021, 2023], result.Current.Years);
        Assert.Single(result.Runs);
        // An evaluation year of that cadence without a round still breaks it.
        Assert.Equal([2023], Compute("R...R", cadence).Current.Years);
    }

    [Fact]
    public void A_round_closed_on_an_unfinished_dossier_breaks_the_streak()
    {
        var result = StreakCalculator.Compute(new CommuneYears(
            new Dictionary<int, DossierState> { [2023] = DossierState.Recognized, [2024] = DossierState.NotFinished, [2025] = DossierState.Recognized },
            new HashSet<int> { 2023, 2024, 2025 }, new HashSet<int>()));
        Assert.Equal(2, result.Runs.Count);
        Assert.Equal([2025], result.Current.Years);
    }

    [Fact]
    public void The_year_whose_round_is_still_open_neither_breaks_nor_extends()
    {
        Assert.Equal(3, Compute("RRRs", 2022).Current.Length);
        Assert.Equal(3, Compute("RRR-", 2022).Current.Length);
        Assert.Equal(4, Compute("RRRR", 2022).Current.Length);
        Assert.Equal(0, Compute("RRRN", 2022).Current.Length);
    }

    [Fact]
    public void A_streak_broken_by_the_last_year_leaves_no_current_streak_but_keeps_the_longest()
    {
        var result = Compute("RRRRRN");
        Assert.Same(Streak.None, result.Current);
        Assert.Equal([2019, 2020, 2021, 2022, 2023], result.Longest.Years);
    }

    [Fact]
    public void The_longest_streak_may_lie_in_the_past()
    {
        var result = Compute("RRRRR-RR");
        Assert.Equal(5, result.Longest.Length);
        Assert.Equal([2025, 2026], result.Current.Years);
    }

    [Fact]
    public void No_recognised_year_gives_no_streak()
    {
        var result = Compute("NN-W");
        Assert.Empty(result.Runs);
        Assert.Equal(0, result.Current.Length);
        Assert.Equal(0, result.Longest.Length);
    }

    [Theory]
    [InlineData("RR", new int[0])]
    [InlineData("RRR", new[] { 3 })]
    [InlineData("RRRR", new[] { 3 })]
    [InlineData("RRRRR", new[] { 3, 5 })]
    [InlineData("RRRRRRRR", new[] { 3, 5 })]
    public void A_run_reaches_the_milestones_at_exactly_three_and_five_years_once_each(string letters, int[] lengths)
    {
        var run = Compute(letters).Current;
        var milestones = StreakCalculator.Milestones(run).ToList();
        Assert.Equal(lengths, milestones.Select(m => m.Milestone.Length));
        Assert.All(milestones, m => Assert.Equal(run.Years.Take(m.Milestone.Length), m.Years.Years));
        Assert.Equal(lengths.Select(l => l == 3 ? RewardLevel.District : RewardLevel.Province), milestones.Select(m => m.Milestone.Level));
    }

    [Fact]
    public void Each_run_reaches_its_own_milestones()
    {
        var runs = Compute("RRR-RRR").Runs;
        var lastYears = runs.SelectMany(StreakCalculator.Milestones).Select(m => m.Years.LastYear).ToList();
        Assert.Equal([2021, 2025], lastYears);
    }
}
