namespace Portal.Workflows.Scoring;

/// <summary>The verdict strings of the result shape.</summary>
public static class VerdictNames
{
    public const string Recognized = "recognized";
    public const string NotRecognized = "not-recognized";
    public const string Incomplete = "incomplete";

    public static string ToName(this Verdict verdict) => verdict switch
    {
        Verdict.Recognized => Recognized,
        Verdict.NotRecognized => NotRecognized,
        _ => Incomplete,
    };
}
