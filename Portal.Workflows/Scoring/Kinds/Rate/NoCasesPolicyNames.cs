namespace Portal.Workflows.Scoring;

/// <summary>Maps <see cref="NoCasesPolicy"/> to and from the format's strings.</summary>
public static class NoCasesPolicyNames
{
    public const string Invalid = "invalid";
    public const string Full = "full";
    public const string Zero = "zero";

    public static string ToName(this NoCasesPolicy policy) => policy switch
    {
        NoCasesPolicy.Full => Full,
        NoCasesPolicy.Zero => Zero,
        _ => Invalid,
    };

    public static NoCasesPolicy? FromName(string name) => name switch
    {
        Invalid => NoCasesPolicy.Invalid,
        Full => NoCasesPolicy.Full,
        Zero => NoCasesPolicy.Zero,
        _ => null,
    };
}
