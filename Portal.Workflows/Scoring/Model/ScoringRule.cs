namespace Portal.Workflows.Scoring;

/// <summary>How a criterion or part turns its input into points: one subtype per <c>kind</c> of the format.</summary>
public abstract record ScoringRule
{
    /// <summary>The format's name for this kind (<c>rate</c>, <c>count</c>, …).</summary>
    public abstract string Kind { get; }
}
