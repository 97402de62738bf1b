namespace Portal.Workflows.Scoring;

/// <summary>What an input belongs to, a criterion or one of its parts, so every message can name it.</summary>
public sealed record InputSubject(string CriterionNo, string? PartCode)
{
    public static InputSubject Of(string criterionNo) => new(criterionNo, null);

    public InputSubject Part(string code) => this with { PartCode = code };

    public override string ToString() => ScoringMessages.SubjectName(this);
}
