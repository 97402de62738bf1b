using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Properties that must hold for any input, checked over many inputs drawn from a seeded generator.</summary>
[Trait("Category", "Unit")]
public sealed class ScoringPropertyTests
{
    private const int Runs = 2000;
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    [Fact]
    public void The_total_is_the_sum_of_the_criteria_and_never_exceeds_max_total()
    {
        var random = new Random(20190103);
        for (var run = 0; run < Runs; run++)
        {
            var result = StandardScorer.Score(Demo, RandomDemoInput(random));

            Assert.InRange(result.Total, 0, result.MaxTotal!.Value);
            Assert.Equal(result.Criteria.Sum(c => c.Points!.Value), result.Total);
            Assert.All(result.Criteria, c => Assert.InRange(c.Points!.Value, 0, c.MaxPoints!.Value));
            Assert.NotEqual(Verdict.Incomplete, result.Verdict);
            Assert.Equal(result.Verdict == Verdict.Recognized, result.Reasons.Count == 0);
            if (result.Verdict == Verdict.Recognized) Assert.True(result.Total >= result.MinTotal);
        }
    }

    [Theory]
    [InlineData("2")]
    [InlineData("7")]
    [InlineData("9")]
    public void Raising_the_numerator_of_a_higher_is_better_rate_never_lowers_its_points(string no)
    {
        var random = new Random(42 + int.Parse(no));
        for (var run = 0; run < Runs; run++)
        {
            var denominator = random.NextInt64(1, 5000);
            var numerator = random.NextInt64(0, denominator);
            var raised = numerator + random.NextInt64(1, denominator - numerator + 1);

            Assert.True(RatePoints(no, numerator, denominator) <= RatePoints(no, raised, denominator), $"{numerator}→{raised} / {denominator}");
        }
    }

    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    public void Lowering_the_numerator_of_a_lower_is_better_rate_never_lowers_its_points(string no)
    {
        var random = new Random(7 + int.Parse(no));
        for (var run = 0; run < Runs; run++)
        {
            var denominator = random.NextInt64(1, 100000);
            var numerator = random.NextInt64(1, Math.Min(denominator, 600) + 1);
            var lowered = random.NextInt64(0, numerator);

            Assert.True(RatePoints(no, lowered, denominator) >= RatePoints(no, numerator, denominator), $"{numerator}→{lowered} / {denominator}");
        }
    }

    [Fact]
    public void Lowering_a_lower_is_better_count_never_lowers_its_points()
    {
        var random = new Random(3);
        for (var run = 0; run < Runs; run++)
        {
            var count = random.NextInt64(1, 50);
            var lowered = random.NextInt64(0, count);
            var points = StandardScorer.Score(Demo, DemoInputs.BestCase().With("3", CriterionInput.ForCount(count))).PointsOf("3");
            var better = StandardScorer.Score(Demo, DemoInputs.BestCase().With("3", CriterionInput.ForCount(lowered))).PointsOf("3");

            Assert.True(better >= points, $"{count}→{lowered}");
        }
    }

    [Fact]
    public void A_band_is_reached_exactly_when_numerator_times_100_reaches_min_times_denominator()
    {
        // Thresholds with up to three decimals, m / 10^s, checked against whole-number arithmetic in long.
        var random = new Random(98);
        for (var run = 0; run < Runs; run++)
        {
            var scale = random.Next(0, 4);
            var power = (long)Math.Pow(10, scale);
            long mantissa, denominator, numerator;
            if (random.Next(2) == 0)
            {
                // On or one step off the boundary: a denominator dividing 100·10^s makes the rate itself a threshold.
                var divisors = Enumerable.Range(1, 1000).Where(d => 100 * power % d == 0).ToList();
                denominator = divisors[random.Next(divisors.Count)];
                numerator = random.NextInt64(0, denominator + 1);
                mantissa = Math.Clamp(numerator * 100 * power / denominator + random.Next(-1, 2), 0, 100 * power);
            }
            else
            {
                mantissa = random.NextInt64(0, 100 * power + 1);
                denominator = random.NextInt64(1, 100000);
                numerator = random.NextInt64(0, denominator + 1);
            }
            var threshold = mantissa / (decimal)power;
            var bands = FormattableString.Invariant($"[{{ \"min\": {threshold}, \"points\": 7 }}]");
            var set = TestSets.Single(TestSets.Rate("1", 7, true, bands), 7);

            var expected = numerator * 100 * power >= mantissa * denominator ? 7 : 0;
            Assert.True(expected == TestSets.PointsOf(set, CriterionInput.ForRate(numerator, denominator)), $"{numerator}/{denominator} vs {threshold}");
        }
    }

    private static int RatePoints(string no, long numerator, long denominator) =>
        StandardScorer.Score(Demo, DemoInputs.BestCase().With(no, CriterionInput.ForRate(numerator, denominator))).PointsOf(no)!.Value;

    private static ScoreInput RandomDemoInput(Random random)
    {
        CriterionInput Rate()
        {
            var denominator = random.NextInt64(1, 2000);
            // Half the time near the top, where the bands are, so every band gets drawn.
            var numerator = random.Next(2) == 0 ? random.NextInt64(0, denominator + 1) : denominator - random.NextInt64(0, denominator / 10 + 1);
            return CriterionInput.ForRate(numerator, denominator);
        }
        CriterionInput LowRate()
        {
            var denominator = random.NextInt64(1, 20000);
            return CriterionInput.ForRate(random.NextInt64(0, Math.Min(denominator, denominator / 30 + 2)), denominator);
        }
        CriterionInput Items(params string[] codes) => CriterionInput.ForItems(codes.Where(_ => random.Next(3) > 0).ToArray());
        CriterionInput Parts(string a, CriterionInput first, string b, CriterionInput second) =>
            CriterionInput.ForParts(new Dictionary<string, CriterionInput> { [a] = first, [b] = second });

        return new ScoreInput(new[] { "A", "B", "C" }[random.Next(3)], new Dictionary<string, CriterionInput>
        {
            ["1"] = Items("1a", "1b", "1c", "1d"),
            ["2"] = Rate(),
            ["3"] = CriterionInput.ForCount(random.Next(0, 5)),
            ["4"] = LowRate(),
            ["5"] = LowRate(),
            ["6"] = Parts("6a", Rate(), "6b", Rate()),
            ["7"] = Rate(),
            ["8"] = Parts("8a", random.Next(2) == 0 ? Rate() : LowRate(), "8b", random.Next(2) == 0 ? Rate() : LowRate()),
            ["9"] = Rate(),
            ["10"] = Rate(),
            ["11"] = Items("11a", "11b", "11c"),
            ["12"] = Items("12a", "12b", "12c"),
            ["13"] = Rate(),
        });
    }
}
