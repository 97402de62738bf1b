using Microsoft.Extensions.Localization;
using Portal.Web.Localization;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Texts;

namespace Portal.Web.Dossiers;

/// <summary>
/// What a step still needs, as a to-do list in officials' words ("Tải lên báo cáo thuyết minh"), not as the guard's
/// condition ("Chưa đáp ứng điều kiện: Có báo cáo thuyết minh."). A guard without its own wording falls back to its
/// label, so a guard added to the workflow never shows as a code name.
/// </summary>
public static class StepNeeds
{
    public static IReadOnlyList<string> For(WorkflowCheck check, DossierDetails dossier, IStringLocalizer<Texts> t) =>
        check.UnmetGuards.Count == 0
            ? DossierText.Refusal(check)
            : [.. check.UnmetGuards.Select(g => Need(g, dossier, t))];

    public static string Need(DossierGuard guard, DossierDetails? dossier, IStringLocalizer<Texts> t)
    {
        // The posting's last day tells the commune when it may submit.
        if (guard == DossierGuard.PostingPeriodOver && dossier?.PostingLastDay is { } last)
            return t["Need.PostingPeriodOverOn", PortalFormat.Date(last)];
        var text = t["Need." + guard];
        return text.ResourceNotFound ? DossierText.Guard(guard) : text.Value;
    }
}
