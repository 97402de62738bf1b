namespace Portal.Workflows.Scoring;

/// <summary>The outcome of scoring a dossier.</summary>
public enum Verdict
{
    /// <summary>Every pass rule holds.</summary>
    Recognized,

    /// <summary>At least one pass rule fails; the result's reasons list each failure.</summary>
    NotRecognized,

    /// <summary>A needed value or input is missing: the total is provisional and no final verdict is given.</summary>
    Incomplete,
}
