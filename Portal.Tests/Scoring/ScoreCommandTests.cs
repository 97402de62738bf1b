using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The <c>score</c> verb end to end: files in, JSON out, exit 0 or 1.</summary>
[Trait("Category", "Unit")]
public sealed class ScoreCommandTests : IDisposable
{
    private readonly ScoreCommandRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void A_scored_input_prints_the_result_shape_exactly_and_exits_0()
    {
        var (exit, output, error) = _runner.RunDemo(ScoreCommandRunner.BestCase);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var result = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["standard", "category", "total", "maxTotal", "minTotal", "criteria", "verdict", "reasons", "missing"], result.Select(p => p.Key));
        Assert.Equal(("DEMO-06", "A", 1000, 1000, 900), ((string)result["standard"]!, (string)result["category"]!, (int)result["total"]!, (int)result["maxTotal"]!, (int)result["minTotal"]!));
        Assert.Equal("recognized", (string)result["verdict"]!);
        var first = result["criteria"]![0]!.AsObject();
        Assert.Equal(["no", "points", "maxPoints", "achieved"], first.Select(p => p.Key));
        Assert.Equal(13, result["criteria"]!.AsArray().Count);
        Assert.Empty(result["reasons"]!.AsArray());
    }

    [Fact]
    public void Vietnamese_reasons_are_printed_without_escapes()
    {
        var (exit, output, _) = _runner.RunDemo(ScoreCommandRunner.BestCase.Replace("\"count\": 0", "\"count\": 9", StringComparison.Ordinal));

        Assert.Equal(0, exit);
        Assert.Contains("\"verdict\": \"not-recognized\"", output, StringComparison.Ordinal);
        Assert.Contains("Tiêu chí 3 đạt 0 điểm", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_prints_every_result_in_order_with_an_error_in_the_place_of_a_refused_input_and_exits_1()
    {
        var refused = ScoreCommandRunner.BestCase.Replace("\"numerator\": 98,", "\"numerator\": 101,", StringComparison.Ordinal);
        var (exit, output, error) = _runner.RunDemo($"[{ScoreCommandRunner.BestCase}, {refused}, {{ \"criteria\": {{}} }}, {ScoreCommandRunner.BestCase.Replace("\"A\"", "\"C\"", StringComparison.Ordinal)}]");

        Assert.Equal(1, exit);
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(4, results.Count);
        Assert.Equal(1000, (int)results[0]!["total"]!);
        var message = (string)Assert.Single(results[1]!.AsObject(), p => p.Key == "error").Value!;
        Assert.Single(results[1]!.AsObject());
        Assert.Contains("Tiêu chí 2, trường \"numerator\"", message, StringComparison.Ordinal);
        Assert.Contains("\"category\"", (string)results[2]!["error"]!, StringComparison.Ordinal);
        Assert.Equal("C", (string)results[3]!["category"]!);
        Assert.Contains("2/4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_refused_input_prints_one_error_object_and_exits_1()
    {
        var (exit, output, _) = _runner.RunDemo(ScoreCommandRunner.BestCase.Replace("\"12c\"", "\"12z\"", StringComparison.Ordinal));

        Assert.Equal(1, exit);
        var error = (string)JsonNode.Parse(output)!["error"]!;
        Assert.Contains("Tiêu chí 12, trường \"items\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_set_prints_nulls_for_unknown_points_and_exits_0()
    {
        var inputs = _runner.WriteFile("qd34.json", """{ "category": "B", "criteria": { "2": { "numerator": 1, "denominator": 1 } } }""");

        var (exit, output, _) = ScoreCommandRunner.Run("--inputs", inputs, "--standard=" + ShippedSets.PathOf(ShippedSets.Qd34));

        Assert.Equal(0, exit);
        var result = JsonNode.Parse(output)!;
        Assert.Equal("incomplete", (string)result["verdict"]!);
        Assert.Null(result["minTotal"]);
        Assert.Null(result["criteria"]![0]!["points"]);
        Assert.Equal(50, (int)result["criteria"]![1]!["points"]!);
        Assert.NotEmpty(result["missing"]!.AsArray());
    }

    [Fact]
    public void A_value_in_a_band_of_unknown_points_prints_null_points_and_achieved_lists_it_as_missing_and_exits_0()
    {
        var inputs = _runner.WriteFile("qd34-unknown.json", """{ "category": "A", "criteria": { "2": { "numerator": 1, "denominator": 2 }, "3": { "numerator": 2, "denominator": 100 } } }""");

        var (exit, output, error) = ScoreCommandRunner.Run("--standard", ShippedSets.PathOf(ShippedSets.Qd34), "--inputs", inputs);

        Assert.Equal((0, ""), (exit, error));
        var result = JsonNode.Parse(output)!;
        foreach (var index in new[] { 1, 2 })
        {
            Assert.Null(result["criteria"]![index]!["points"]);
            Assert.Null(result["criteria"]![index]!["achieved"]);
        }
        Assert.Equal(("incomplete", 0), ((string)result["verdict"]!, (int)result["total"]!));
        var missing = result["missing"]!.AsArray().Select(m => (string)m!).ToList();
        Assert.Contains(ScoringMessages.ResultPointsUnknown("Tiêu chí 2", "50 %"), missing);
        Assert.Contains(ScoringMessages.ResultPointsUnknown("Tiêu chí 3", "2 %"), missing);
        Assert.Empty(result["reasons"]!.AsArray());
    }

    [Fact]
    public void The_verb_prints_vietnamese_with_invariant_numbers_whatever_the_culture_and_restores_it()
    {
        var before = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (new("en-US"), new("en-US"));
        try
        {
            var inputs = _runner.WriteFile("qd34-en.json", """{ "category": "A", "criteria": { "2": { "numerator": 1, "denominator": 8 } } }""");
            var (_, output, _) = ScoreCommandRunner.Run("--standard", ShippedSets.PathOf(ShippedSets.Qd34), "--inputs", inputs);

            Assert.Contains("Tiêu chí 2: chưa rõ số điểm cho kết quả 12.5 %", output, StringComparison.Ordinal);
            Assert.Equal("en-US", System.Globalization.CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void The_printed_json_can_be_read_back_into_the_same_numbers_the_engine_gave()
    {
        var engine = StandardScorer.Score(ShippedSets.Load(ShippedSets.Demo), ScoreInputReader.Parse(JsonDocument.Parse(ScoreCommandRunner.BestCase).RootElement));

        var printed = JsonNode.Parse(_runner.RunDemo(ScoreCommandRunner.BestCase).Out)!;

        Assert.Equal(engine.Criteria.Select(c => c.Points), printed["criteria"]!.AsArray().Select(c => (int?)c!["points"]));
    }
}
