using System.Text.RegularExpressions;

namespace Portal.Tests.Infrastructure;

/// <summary>A newcomer starts from the README: it says that the first run builds first, and how long that took.</summary>
[Trait("Category", "Unit")]
public sealed partial class ReadmeTests
{
    [GeneratedRegex(@"\d+ min")]
    private static partial Regex Minutes();

    [Fact]
    public void The_set_up_says_the_first_run_builds_first_and_how_long_it_takes()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## Set up", StringComparison.Ordinal);
        var setUp = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];

        Assert.Contains("The first `dotnet run` restores the packages and builds", setUp);
        Assert.Matches(Minutes(), setUp);
    }
}
