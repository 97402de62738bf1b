namespace Portal.Tests.Reliability;

/// <summary>One line of the crash driver: "try|ack KIND DOSSIER TOKEN", in the order printed across all runs.</summary>
public sealed record DriverLine(int Order, bool Acknowledged, string Kind, int DossierId, string Token)
{
    public static DriverLine? Parse(int order, string line)
    {
        var parts = line.Split(' ');
        if (parts.Length != 4 || parts[0] is not ("try" or "ack") || !int.TryParse(parts[2], out var id)) return null;
        return new DriverLine(order, parts[0] == "ack", parts[1], id, parts[3]);
    }
}

/// <summary>What the checker found after one kill.</summary>
public sealed record CrashFindings(IReadOnlyList<string> Lost, IReadOnlyList<string> HalfApplied, IReadOnlyList<string> Inconsistent,
    IReadOnlyList<string> Orphans)
{
    public bool Clean => Lost.Count + HalfApplied.Count + Inconsistent.Count + Orphans.Count == 0;

    public override string ToString() => string.Join("; ", Lost.Select(l => "lost " + l).Concat(HalfApplied.Select(h => "half-applied " + h))
        .Concat(Inconsistent.Select(i => "inconsistent " + i)).Concat(Orphans.Select(o => "orphan " + o)));
}
