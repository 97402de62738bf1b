namespace Portal.Workflows.Scoring;

/// <summary>What a rate earns when its denominator is 0 (<c>whenNoCases</c>).</summary>
public enum NoCasesPolicy
{
    /// <summary><c>"invalid"</c>: the input is refused. The format's default.</summary>
    Invalid,

    /// <summary><c>"full"</c>: the criterion's maxPoints.</summary>
    Full,

    /// <summary><c>"zero"</c>: 0 points.</summary>
    Zero,
}
