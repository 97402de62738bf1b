namespace Portal.Workflows.Scoring;

/// <summary>A sub-criterion of a <c>parts</c> criterion as the editor changes it: a code instead of a number, any kind but <c>parts</c>.</summary>
public sealed class PartDraft : ScoredDraft
{
    public string Code { get; set; } = "";
}
