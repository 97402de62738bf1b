using Portal.Workflows.Scoring;

namespace Portal.Web.Standards.Preview;

/// <summary>
/// Scores what is entered so far. A refused criterion (say a numerator above its denominator) is reported beside
/// that criterion, in officials' words, and left out, so the rest of the score stays visible while it is corrected.
/// </summary>
public static class LiveScore
{
    public sealed record Outcome(ScoreResult Result, IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorsByCriterion);

    public static Outcome Compute(StandardSet set, string category, IReadOnlyDictionary<string, InputDraft> drafts)
    {
        var inputs = new Dictionary<string, CriterionInput>(StringComparer.Ordinal);
        foreach (var criterion in set.Criteria)
            if (drafts.TryGetValue(criterion.No, out var d) && d.ToInput(criterion.Rule) is { } input)
                inputs[criterion.No] = input;

        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                return new Outcome(StandardScorer.Score(set, new ScoreInput(category, inputs)), errors);
            }
            catch (ScoreInputException e) when (e.Problems.All(p => p.CriterionNo is not null && inputs.ContainsKey(p.CriterionNo)))
            {
                foreach (var group in e.Problems.GroupBy(p => p.CriterionNo!))
                {
                    errors[group.Key] = group.Select(p => p.ForOfficials).ToList();
                    inputs.Remove(group.Key);
                }
            }
        }
    }

    /// <summary>Whether the criterion has an input the engine scored (entered, and not refused).</summary>
    public static bool IsAnswered(this Outcome outcome, string no, InputDraft? draft, ScoringRule? rule) =>
        draft?.ToInput(rule) is not null && !outcome.ErrorsByCriterion.ContainsKey(no);
}
