using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Schedule;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Who a step tells, in one place (the approval-chain policy may take its place): the people who must act next on the
/// dossier — the roles of the steps that lead on from its new state, not the optional withdrawal, not a sign-off already
/// given — whose unit contains the commune; once the dossier is final, the commune's own people learn the outcome.
/// </summary>
public static class StepRecipients
{
    public static async Task<IReadOnlyList<string>> AfterStepAsync(PortalDbContext db, Dossier dossier, CancellationToken ct)
    {
        var chain = dossier.Round!.Chain;
        var signedOff = dossier.LeaderSignedOffAtUtc is not null;
        var onward = DossierWorkflow.Transitions.Where(t => t.From == dossier.State && t.To != DossierState.Withdrawn).ToList();
        IReadOnlyList<string> roles = onward.Count == 0
            ? [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]
            : Recipients.ActingRoles(dossier.State, chain, signedOff)
                .Where(r => onward.Any(t => DossierWorkflow.RolesFor(t.Trigger, chain).Contains(r)
                    && !(t.Trigger == DossierTrigger.SignOffSubmission && signedOff))).ToList();
        return (await Recipients.LoadForUnitAsync(db, dossier.Unit!.Path, ct)).For(dossier.Unit.Path, roles);
    }

    /// <summary>After a voided sign-off: whoever signs off the dossier.</summary>
    public static async Task<IReadOnlyList<string>> SignersAsync(PortalDbContext db, Dossier dossier, CancellationToken ct) =>
        (await Recipients.LoadForUnitAsync(db, dossier.Unit!.Path, ct))
            .For(dossier.Unit.Path, DossierWorkflow.RolesFor(DossierTrigger.SignOffSubmission, dossier.Round!.Chain));
}
