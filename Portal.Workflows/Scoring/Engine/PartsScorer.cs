namespace Portal.Workflows.Scoring;

/// <summary>Scores a <c>parts</c> criterion: each part under its own rule, then their sum.</summary>
internal static class PartsScorer
{
    public static RuleOutcome Score(PartsRule rule, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (input.Parts is not { } partInputs)
        {
            problems.Add(subject.Problem(InputFieldNames.Parts, ScoringMessages.MissingField));
            return RuleOutcome.Unknown;
        }
        if (rule.Parts is not { } parts) return RuleOutcome.Unknown;
        var known = string.Join(", ", parts.Select(p => p.Code));
        foreach (var code in partInputs.Keys.Where(code => parts.All(p => p.Code != code)))
        {
            problems.Add(subject.Problem(InputFieldNames.Parts, (s, f) => ScoringMessages.UnknownPartCode(s, f, code, known)));
        }
        var scores = parts.Select(part => ScorePart(part, partInputs.GetValueOrDefault(part.Code), subject, problems)).ToList();
        int? total = scores.All(s => s.Points is not null) ? scores.Sum(s => s.Points!.Value) : null;
        return new RuleOutcome(total, null, scores);
    }

    private static PartScore ScorePart(CriterionPart part, CriterionInput? input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        // A part without input is like a criterion without input: the result is incomplete, not refused.
        if (input is null) return new PartScore(part.Code, null, part.MaxPoints, null);
        var outcome = RuleScorer.Score(part.Rule, part.MaxPoints, input, subject.Part(part.Code), problems);
        return new PartScore(part.Code, outcome.Points, part.MaxPoints, outcome.RatePercent);
    }
}
