using Portal.Workflows.Scoring;

namespace Portal.Workflows.Standards;

/// <summary>A set as the list shows it.</summary>
public sealed record StandardSetSummary(string Code, string? TitleVi, string? TitleEn, string? Basis,
    bool Illustrative, bool Complete, bool Locked, string? CopiedFrom, DateTime UpdatedAtUtc, int Version);

/// <summary>A stored set, parsed, with what the list shows about it.</summary>
public sealed record StoredStandardSet(StandardSetSummary Summary, StandardSet Set, string Json);

/// <summary>Outcome of an import, save or copy: nothing is stored unless <see cref="Succeeded"/>.</summary>
public sealed record StandardSetChange(bool Succeeded, string? Code, IReadOnlyList<SetProblem> Problems)
{
    public static StandardSetChange Ok(string code) => new(true, code, []);
    public static StandardSetChange Refused(IReadOnlyList<SetProblem> problems) => new(false, null, problems);
    public static StandardSetChange Refused(string message) => new(false, null, [new SetProblem("$", message)]);
}
