using Microsoft.Extensions.Localization;
using Portal.Data.Rounds;
using Portal.Web.Localization;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Texts;

namespace Portal.Web.Dossiers;

/// <summary>
/// The steps that cannot be taken back (the submission, the sign-off, the decisions, the withdrawal) and what the
/// question before each says will happen, with the dossier's own names, totals and decision.
/// </summary>
public static class StepConfirmation
{
    private static readonly HashSet<DossierTrigger> Irreversible =
    [
        DossierTrigger.SignOffSubmission, DossierTrigger.Submit, DossierTrigger.Resubmit,
        DossierTrigger.Recognize, DossierTrigger.RefuseRecognition, DossierTrigger.Withdraw,
    ];

    public static bool Asks(DossierTrigger trigger) => Irreversible.Contains(trigger);

    /// <summary>What will happen, one sentence a line; the last line says it cannot be undone.</summary>
    public static IReadOnlyList<string> Lines(DossierTrigger trigger, DossierPage page, string? reason, IStringLocalizer<Texts> t)
    {
        var d = page.Dossier;
        // The level the dossier goes to: the district in three levels, the province in two.
        var appraiser = page.Round.Chain == ApprovalChain.TwoLevel ? page.Round.ScopeUnitName : page.ParentName;
        object[] args =
        [
            page.UnitName, appraiser ?? "", page.SelfScore.Total, page.SelfScore.MaxTotal ?? 0, page.AppraisedScore.Total,
            d.DecisionNumber ?? "", PortalFormat.Date(d.DecisionDate), string.IsNullOrWhiteSpace(reason) ? "—" : reason.Trim(),
        ];
        return [t["Confirm." + trigger, args], t["Confirm.Final"]];
    }
}
