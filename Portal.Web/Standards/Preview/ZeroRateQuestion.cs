using Microsoft.Extensions.Localization;
using Portal.Web.Localization;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Web.Standards.Preview;

/// <summary>
/// The question asked before a rate that scores 0 is saved: what was counted, the percentage, and which way the
/// criterion goes, e.g. "1.195 / 1.200 = 99,58 % → 0 điểm: với tiêu chí này, “Số trẻ em vi phạm…” càng ít càng tốt."
/// A commune that typed the children not in violation sees at once that it counted the wrong ones.
/// </summary>
public static class ZeroRateQuestion
{
    /// <returns>The question, or null when no rate of the criterion (or of its parts) lands at 0 points.</returns>
    public static string? For(Criterion criterion, CriterionScore score, InputDraft draft, IStringLocalizer<Texts> t)
    {
        var asks = new List<string>();
        if (criterion.Rule is RateRule rate && score is { Points: 0, RatePercent: not null }) asks.Add(Ask(rate, draft, score.RatePercent.Value, t));
        if (criterion.Rule is PartsRule { Parts: { } parts })
        {
            foreach (var part in score.Parts.Where(p => p is { Points: 0, RatePercent: not null }))
            {
                if (parts.FirstOrDefault(p => p.Code == part.Code)?.Rule is RateRule partRate)
                    asks.Add(t["Input.ConfirmPart", part.Code, Ask(partRate, draft.Part(part.Code), part.RatePercent!.Value, t)]);
            }
        }
        return asks.Count == 0 ? null : string.Join(" ", asks) + " " + t["Input.ConfirmAgain"];
    }

    private static string Ask(RateRule rule, InputDraft draft, decimal percent, IStringLocalizer<Texts> t)
    {
        var way = rule.HigherIsBetter == false ? t["Input.ConfirmLowerIsBetter", rule.NumeratorLabel()] : t["Input.ConfirmHigherIsBetter", rule.NumeratorLabel()];
        return t["Input.ConfirmZero", Number(draft.Numerator.Value), Number(draft.Denominator.Value), ScoringMessages.Percent(percent), way];
    }

    private static string Number(long? value) => PortalFormat.Number(value, "");
}
