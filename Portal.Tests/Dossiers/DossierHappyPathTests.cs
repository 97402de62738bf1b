using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public class DossierHappyPathTests
{
    private static readonly DateOnly DuringPosting = PostingLastDay.AddDays(-5);
    private static readonly DateOnly AfterPosting = PostingLastDay.AddDays(1);

    [Theory]
    [InlineData(ApprovalChain.ThreeLevel, PortalRoles.DistrictOfficer, PortalRoles.DistrictLeader)]
    [InlineData(ApprovalChain.TwoLevel, PortalRoles.ProvinceOfficer, PortalRoles.ProvinceLeader)]
    public async Task A_dossier_goes_from_registration_to_recognition_with_the_right_actor_at_each_step(
        ApprovalChain chain, string appraisingOfficer, string decidingLeader)
    {
        var dossier = new TestDossier();
        var facts = Complete(DuringPosting, signedOff: false) with
        {
            AllCriteriaAppraised = false, ReviewCouncilRecorded = false, DecisionRecorded = false,
        };

        await Take(dossier, chain, facts, PortalRoles.CommuneOfficer, DossierTrigger.StartSelfAssessment, DossierState.SelfAssessing);
        await Take(dossier, chain, facts, PortalRoles.CommuneOfficer, DossierTrigger.RecordCouncil, DossierState.CouncilHeld);
        await Take(dossier, chain, facts, PortalRoles.CommuneOfficer, DossierTrigger.StartPosting, DossierState.Posted);
        await Take(dossier, chain, facts, PortalRoles.CommuneLeader, DossierTrigger.SignOffSubmission, DossierState.Posted);

        facts = facts with { LeaderSignedOff = true, Today = AfterPosting };
        await Take(dossier, chain, facts, PortalRoles.CommuneOfficer, DossierTrigger.Submit, DossierState.Submitted);
        await Take(dossier, chain, facts, appraisingOfficer, DossierTrigger.AcceptForAppraisal, DossierState.UnderAppraisal);

        facts = facts with { AllCriteriaAppraised = true };
        await Take(dossier, chain, facts, appraisingOfficer, DossierTrigger.SendToReviewCouncil, DossierState.AtReviewCouncil);

        facts = facts with { ReviewCouncilRecorded = true, DecisionRecorded = true };
        await Take(dossier, chain, facts, decidingLeader, DossierTrigger.Recognize, DossierState.Recognized);
    }

    [Theory]
    [InlineData(ApprovalChain.ThreeLevel, PortalRoles.DistrictLeader)]
    [InlineData(ApprovalChain.TwoLevel, PortalRoles.ProvinceLeader)]
    public async Task The_deciding_leader_may_refuse_recognition_with_a_reason(ApprovalChain chain, string decidingLeader)
    {
        var dossier = new TestDossier(DossierState.AtReviewCouncil);

        await Take(dossier, chain, Complete(AfterPosting), decidingLeader, DossierTrigger.RefuseRecognition,
            DossierState.NotRecognized, Reason);
    }

    [Theory]
    [InlineData(DossierState.SelfAssessing)]
    [InlineData(DossierState.Posted)]
    public async Task The_commune_leader_may_withdraw_during_self_assessment_or_posting(DossierState from)
    {
        var dossier = new TestDossier(from);

        await Take(dossier, ApprovalChain.ThreeLevel, Complete(DuringPosting), PortalRoles.CommuneLeader,
            DossierTrigger.Withdraw, DossierState.Withdrawn, "Xã chưa đạt tiêu chí 3");
    }

    [Theory]
    [InlineData(ApprovalChain.ThreeLevel)]
    [InlineData(ApprovalChain.TwoLevel)]
    public async Task A_returned_dossier_comes_back_after_a_new_sign_off_as_often_as_needed(ApprovalChain chain)
    {
        var dossier = new TestDossier(DossierState.Submitted);
        var officer = AppraisingOfficer(chain);

        for (var round = 1; round <= 2; round++)
        {
            await Take(dossier, chain, Complete(AfterPosting), officer, DossierTrigger.ReturnForSupplement,
                DossierState.ReturnedForSupplement, $"Lần {round}: thiếu minh chứng");

            // The host cleared the sign-off on return: the commune cannot resubmit until its leader signs again.
            var unsigned = Complete(AfterPosting, signedOff: false);
            var refused = Workflow(dossier, chain, unsigned, PortalRoles.CommuneOfficer).Check(DossierTrigger.Resubmit);
            Assert.Equal([DossierGuard.LeaderSignedOff], refused.UnmetGuards);

            await Take(dossier, chain, unsigned, PortalRoles.CommuneLeader, DossierTrigger.SignOffSubmission,
                DossierState.ReturnedForSupplement);
            await Take(dossier, chain, Complete(AfterPosting), PortalRoles.CommuneOfficer, DossierTrigger.Resubmit,
                DossierState.Submitted);
        }

        await Take(dossier, chain, Complete(AfterPosting), officer, DossierTrigger.AcceptForAppraisal, DossierState.UnderAppraisal);
    }

    [Fact]
    public async Task The_state_lives_on_the_entity_so_a_new_machine_resumes_where_the_last_one_left()
    {
        var dossier = new TestDossier(DossierState.Submitted);
        await Workflow(dossier, ApprovalChain.ThreeLevel, Complete(AfterPosting), PortalRoles.DistrictOfficer)
            .FireAsync(DossierTrigger.AcceptForAppraisal);

        var next = Workflow(dossier, ApprovalChain.ThreeLevel, Complete(AfterPosting), PortalRoles.DistrictOfficer);

        Assert.Equal(DossierState.UnderAppraisal, next.State);
        Assert.Equal(1, dossier.StateWrites);
        Assert.Equal([DossierTrigger.SendToReviewCouncil], await next.PermittedTriggersAsync());
    }

    [Fact]
    public async Task Signing_off_changes_no_state()
    {
        var dossier = new TestDossier(DossierState.Posted);

        await Workflow(dossier, ApprovalChain.ThreeLevel, Complete(DuringPosting, signedOff: false), PortalRoles.CommuneLeader)
            .FireAsync(DossierTrigger.SignOffSubmission);

        Assert.Equal(DossierState.Posted, dossier.State);
        Assert.Equal(0, dossier.StateWrites);
    }
}
