using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The <c>score</c> verb refusing a whole run with exit 2: bad arguments, missing files, invalid JSON, a set not of the format.</summary>
[Trait("Category", "Unit")]
public sealed class ScoreCommandFailureTests : IDisposable
{
    private readonly ScoreCommandRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("--standard")]
    [InlineData("--standard a.json")]
    [InlineData("--standard a.json --inputs b.json --verbose")]
    [InlineData("--standard a.json --standard b.json --inputs c.json")]
    [InlineData("a.json b.json")]
    public void Bad_arguments_exit_2_with_usage_on_stderr(string commandLine)
    {
        var (exit, output, error) = ScoreCommandRunner.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(ScoringMessages.CommandUsage(), error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, output, error) = ScoreCommandRunner.Run("--standard", Path.Combine(_runner.Folder, "nowhere.json"), "--inputs", _runner.WriteFile("i.json", ScoreCommandRunner.BestCase));

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("nowhere.json", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"category\": \"A\", ")]
    [InlineData("42")]
    public void Inputs_that_are_not_json_objects_exit_2(string inputs)
    {
        var (exit, output, error) = _runner.RunDemo(inputs);

        Assert.Equal((2, ""), (exit, output));
        Assert.NotEqual("", error);
    }

    [Fact]
    public void A_set_that_does_not_follow_the_format_exits_2_listing_its_problems()
    {
        var set = ShippedSets.Json(ShippedSets.Demo);
        set["totalPoints"] = 999;
        var path = _runner.WriteFile("bad-set.json", set.ToJsonString());

        var (exit, output, error) = ScoreCommandRunner.Run("--standard", path, "--inputs", _runner.WriteFile("i.json", ScoreCommandRunner.BestCase));

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("$.totalPoints", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_file_that_is_not_json_exits_2()
    {
        var (exit, _, error) = ScoreCommandRunner.Run("--standard", _runner.WriteFile("set.json", "not json"), "--inputs", _runner.WriteFile("i.json", ScoreCommandRunner.BestCase));

        Assert.Equal(2, exit);
        Assert.NotEqual("", error);
    }
}
