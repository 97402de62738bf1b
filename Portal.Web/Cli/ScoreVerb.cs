using Portal.Workflows.Scoring;

namespace Portal.Web.Cli;

/// <summary>score --standard SET.json --inputs INPUTS.json: the scoring engine alone, without a database.</summary>
public static class ScoreVerb
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => 
        ScoreCommand.Run(UserPaths.ResolveOptions(args, "--standard", "--inputs"), stdout, stderr);
}
