using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows.Chains;
using static Portal.Data.Dossiers.DossierState;

namespace Portal.Workflows.Dossiers;

/// <summary>The kinds of data a person enters on a dossier, beside the steps of the workflow.</summary>
public enum DossierEdit { SelfInput, Council, Posting, Files, AnswerReturn, Appraisal, ReviewAndDecision, Comment, PostingCorrection, Category }

/// <summary>
/// In which states, and by which roles, each kind of data may be entered. Like the steps, the roles of the
/// appraising and deciding levels are the round's approval policy's (district in three levels, province in two).
/// </summary>
public static class DossierEditRules
{
    private static (DossierState[] States, string[] Roles) Rule(DossierState[] states, string[] roles) => (states, roles);

    public static bool Allows(DossierEdit edit, DossierState state, ApprovalPolicy policy, IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var officer = policy.AppraisingOfficer;
        var leader = policy.DecidingLeader;
        var (states, allowed) = edit switch
        {
            DossierEdit.SelfInput => Rule([SelfAssessing, ReturnedForSupplement], [PortalRoles.CommuneOfficer]),
            DossierEdit.Council => Rule([SelfAssessing], [PortalRoles.CommuneOfficer]),
            DossierEdit.Posting => Rule([CouncilHeld, Posted], [PortalRoles.CommuneOfficer]),
            DossierEdit.Files => Rule([SelfAssessing, CouncilHeld, Posted, ReturnedForSupplement], [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]),
            DossierEdit.AnswerReturn => Rule([ReturnedForSupplement], [PortalRoles.CommuneOfficer]),
            DossierEdit.Appraisal => Rule([UnderAppraisal], [officer]),
            DossierEdit.ReviewAndDecision => Rule([AtReviewCouncil], [officer, leader]),
            // Once posting has started its dates are the commune's no more: the appraising office corrects them, with a reason.
            DossierEdit.PostingCorrection => Rule([Posted], [officer]),
            // The category the province set is confirmed or corrected at the completeness check.
            DossierEdit.Category => Rule([Submitted], [officer]),
            DossierEdit.Comment => Rule([.. Enum.GetValues<DossierState>().Where(s => !DossierWorkflow.FinalStates.Contains(s))],
                [.. PortalRoles.All.Where(r => r is not (PortalRoles.Viewer or PortalRoles.Administrator))]),
            _ => Rule([], []),
        };
        return states.Contains(state) && allowed.Any(roles.Contains);
    }
}
