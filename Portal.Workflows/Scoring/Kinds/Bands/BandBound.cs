namespace Portal.Workflows.Scoring;

/// <summary>Which property a band uses: <c>min</c> (higher is better) or <c>max</c> (lower is better).</summary>
public enum BandBound
{
    Min,
    Max,
}
