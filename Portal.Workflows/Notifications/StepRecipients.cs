using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Schedule;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Who a step tells, in one place: the people who must act next on the dossier — the round's approval policy's acting
/// roles in its new state (no way out, no sign-off already given) — whose unit contains the commune; once the dossier is
/// final, the commune's own people learn the outcome.
/// </summary>
public static class StepRecipients
{
    public static async Task<IReadOnlyList<string>> AfterStepAsync(PortalDbContext db, Dossier dossier, CancellationToken ct)
    {
        var policy = ApprovalPolicy.For(dossier.Round!);
        var final = !DossierWorkflow.Transitions.Any(t => t.From == dossier.State && t.To != DossierState.Withdrawn);
        IReadOnlyList<string> roles = final
            ? [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]
            : policy.ActingRoles(dossier.State, dossier.LeaderSignedOffAtUtc is not null);
        return (await Recipients.LoadForUnitAsync(db, dossier.Unit!.Path, ct)).For(dossier.Unit.Path, roles);
    }

    /// <summary>After a voided sign-off: whoever signs off the dossier.</summary>
    public static async Task<IReadOnlyList<string>> SignersAsync(PortalDbContext db, Dossier dossier, CancellationToken ct) =>
        (await Recipients.LoadForUnitAsync(db, dossier.Unit!.Path, ct))
            .For(dossier.Unit.Path, ApprovalPolicy.For(dossier.Round!).RolesFor(DossierTrigger.SignOffSubmission));
}
