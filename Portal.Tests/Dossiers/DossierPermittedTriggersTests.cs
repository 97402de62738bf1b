using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public class DossierPermittedTriggersTests
{
    private static readonly DateOnly AfterPosting = PostingLastDay.AddDays(1);

    [Theory]
    [InlineData(ApprovalChain.ThreeLevel, PortalRoles.DistrictOfficer)]
    [InlineData(ApprovalChain.TwoLevel, PortalRoles.ProvinceOfficer)]
    public async Task A_submitted_dossier_waits_for_the_appraising_officer_not_the_commune(ApprovalChain chain, string officer)
    {
        var dossier = new TestDossier(DossierState.Submitted);

        var forCommune = await Workflow(dossier, chain, Complete(AfterPosting), PortalRoles.CommuneOfficer).PermittedTriggersAsync();
        var forOfficer = await Workflow(dossier, chain, Complete(AfterPosting), officer).PermittedTriggersAsync();

        Assert.Empty(forCommune);
        Assert.Equal([DossierTrigger.ReturnForSupplement, DossierTrigger.AcceptForAppraisal], forOfficer);
    }

    [Fact]
    public async Task A_district_officer_has_nothing_to_do_in_a_two_level_round()
    {
        var dossier = new TestDossier(DossierState.Submitted);

        Assert.Empty(await Workflow(dossier, ApprovalChain.TwoLevel, Complete(AfterPosting), PortalRoles.DistrictOfficer)
            .PermittedTriggersAsync());
    }

    [Fact]
    public async Task After_posting_the_leader_signs_off_first_then_the_officer_submits()
    {
        var dossier = new TestDossier(DossierState.Posted);
        var unsigned = Complete(AfterPosting, signedOff: false);
        var signed = Complete(AfterPosting, signedOff: true);

        Assert.Empty(await Workflow(dossier, ApprovalChain.ThreeLevel, unsigned, PortalRoles.CommuneOfficer).PermittedTriggersAsync());
        Assert.Equal([DossierTrigger.SignOffSubmission, DossierTrigger.Withdraw],
            await Workflow(dossier, ApprovalChain.ThreeLevel, unsigned, PortalRoles.CommuneLeader).PermittedTriggersAsync());

        Assert.Equal([DossierTrigger.Submit],
            await Workflow(dossier, ApprovalChain.ThreeLevel, signed, PortalRoles.CommuneOfficer).PermittedTriggersAsync());
        Assert.Equal([DossierTrigger.Withdraw],
            await Workflow(dossier, ApprovalChain.ThreeLevel, signed, PortalRoles.CommuneLeader).PermittedTriggersAsync());
    }

    [Fact]
    public async Task An_actor_with_two_roles_gets_the_steps_of_both()
    {
        var dossier = new TestDossier(DossierState.Posted);

        var permitted = await Workflow(dossier, ApprovalChain.ThreeLevel, Complete(AfterPosting, signedOff: false),
            PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader).PermittedTriggersAsync();

        Assert.Equal([DossierTrigger.SignOffSubmission, DossierTrigger.Withdraw], permitted);
    }

    [Theory]
    [InlineData(DossierState.Recognized)]
    [InlineData(DossierState.NotRecognized)]
    [InlineData(DossierState.Withdrawn)]
    [InlineData(DossierState.NotFinished)]
    public async Task Final_states_permit_no_step_to_anyone(DossierState final)
    {
        foreach (var chain in Enum.GetValues<ApprovalChain>())
        {
            // Every role at once, the closing's too: only the state can refuse.
            var workflow = Workflow(new TestDossier(final), chain, Complete(AfterPosting) with { RoundClosing = true },
                [.. PortalRoles.All, Portal.Workflows.Chains.ApprovalPolicy.SystemRole]);

            Assert.Empty(await workflow.PermittedTriggersAsync());
            Assert.All(Enum.GetValues<DossierTrigger>(), t => Assert.True(workflow.Check(t, Reason).WrongState));
        }
        Assert.DoesNotContain(DossierWorkflow.Transitions, t => t.From == final);
    }
}
