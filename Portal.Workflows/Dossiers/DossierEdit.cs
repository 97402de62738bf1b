using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using static Portal.Data.Dossiers.DossierState;

namespace Portal.Workflows.Dossiers;

/// <summary>The kinds of data a person enters on a dossier, beside the steps of the workflow.</summary>
public enum DossierEdit { SelfInput, Council, Posting, Files, AnswerReturn, Appraisal, ReviewAndDecision, Comment }

/// <summary>
/// In which states, and by which roles, each kind of data may be entered. Like the steps, the roles of the
/// appraising level follow the round's chain (district in three levels, province in two).
/// </summary>
public static class DossierEditRules
{
    private static (DossierState[] States, string[] Roles) Rule(DossierState[] states, string[] roles) => (states, roles);

    public static bool Allows(DossierEdit edit, DossierState state, ApprovalChain chain, IReadOnlySet<string> roles)
    {
        var officer = DossierWorkflow.RolesFor(DossierTrigger.AcceptForAppraisal, chain);
        var leader = DossierWorkflow.RolesFor(DossierTrigger.Recognize, chain);
        var (states, allowed) = edit switch
        {
            DossierEdit.SelfInput => Rule([SelfAssessing, ReturnedForSupplement], [PortalRoles.CommuneOfficer]),
            DossierEdit.Council => Rule([SelfAssessing], [PortalRoles.CommuneOfficer]),
            DossierEdit.Posting => Rule([CouncilHeld, Posted], [PortalRoles.CommuneOfficer]),
            DossierEdit.Files => Rule([SelfAssessing, CouncilHeld, Posted, ReturnedForSupplement], [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]),
            DossierEdit.AnswerReturn => Rule([ReturnedForSupplement], [PortalRoles.CommuneOfficer]),
            DossierEdit.Appraisal => Rule([UnderAppraisal], [.. officer]),
            DossierEdit.ReviewAndDecision => Rule([AtReviewCouncil], [.. officer, .. leader]),
            DossierEdit.Comment => Rule([.. Enum.GetValues<DossierState>().Where(s => s is not (Recognized or NotRecognized or Withdrawn))],
                [.. PortalRoles.All.Where(r => r is not (PortalRoles.Viewer or PortalRoles.Administrator))]),
            _ => Rule([], []),
        };
        return states.Contains(state) && allowed.Any(roles.Contains);
    }
}
