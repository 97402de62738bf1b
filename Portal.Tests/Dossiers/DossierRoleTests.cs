using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public class DossierRoleTests
{
    public static TheoryData<ApprovalChain, DossierTrigger, string> OutsideTheirList() => Cases(allowed: false);
    public static TheoryData<ApprovalChain, DossierTrigger, string> InsideTheirList() => Cases(allowed: true);

    private static TheoryData<ApprovalChain, DossierTrigger, string> Cases(bool allowed)
    {
        var data = new TheoryData<ApprovalChain, DossierTrigger, string>();
        foreach (var chain in Enum.GetValues<ApprovalChain>())
            foreach (var trigger in Enum.GetValues<DossierTrigger>())
                foreach (var role in PortalRoles.All.Where(r => ApprovalPolicy.Default(chain).RolesFor(trigger).Contains(r) == allowed))
                    data.Add(chain, trigger, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(OutsideTheirList))]
    public async Task Every_step_is_refused_as_a_role_refusal_for_a_role_outside_its_list(
        ApprovalChain chain, DossierTrigger trigger, string role)
    {
        // Everything else is in place, so the role is the only thing that can refuse.
        var dossier = new TestDossier(SourceOf(trigger));
        var workflow = Workflow(dossier, chain, SatisfyingFactsFor(trigger), role);

        var check = await AssertRefused(dossier, workflow, trigger, Reason);

        Assert.True(check.RoleRefused);
        Assert.Equal(ApprovalPolicy.Default(chain).RolesFor(trigger), check.AllowedRoles);
        Assert.DoesNotContain(trigger, await workflow.PermittedTriggersAsync());
    }

    [Theory]
    [MemberData(nameof(InsideTheirList))]
    public async Task Every_step_is_allowed_for_a_role_in_its_list_when_its_guards_hold(
        ApprovalChain chain, DossierTrigger trigger, string role)
    {
        var dossier = new TestDossier(SourceOf(trigger));
        var workflow = Workflow(dossier, chain, SatisfyingFactsFor(trigger), role);

        Assert.True(workflow.Check(trigger, Reason).Allowed);
        Assert.Contains(trigger, await workflow.PermittedTriggersAsync());
    }

    [Theory]
    [InlineData(ApprovalChain.ThreeLevel, PortalRoles.DistrictOfficer, PortalRoles.DistrictLeader)]
    [InlineData(ApprovalChain.TwoLevel, PortalRoles.ProvinceOfficer, PortalRoles.ProvinceLeader)]
    public void The_roles_are_those_of_the_spec_for_each_chain(ApprovalChain chain, string appraisingOfficer, string decidingLeader)
    {
        var expected = new Dictionary<DossierTrigger, string>
        {
            [DossierTrigger.StartSelfAssessment] = PortalRoles.CommuneOfficer,
            [DossierTrigger.RecordCouncil] = PortalRoles.CommuneOfficer,
            [DossierTrigger.StartPosting] = PortalRoles.CommuneOfficer,
            [DossierTrigger.SignOffSubmission] = PortalRoles.CommuneLeader,
            [DossierTrigger.Submit] = PortalRoles.CommuneOfficer,
            [DossierTrigger.ReturnForSupplement] = appraisingOfficer,
            [DossierTrigger.Resubmit] = PortalRoles.CommuneOfficer,
            [DossierTrigger.AcceptForAppraisal] = appraisingOfficer,
            [DossierTrigger.SendToReviewCouncil] = appraisingOfficer,
            [DossierTrigger.Recognize] = decidingLeader,
            [DossierTrigger.RefuseRecognition] = decidingLeader,
            [DossierTrigger.Withdraw] = PortalRoles.CommuneLeader,
            [DossierTrigger.EndUnanswered] = appraisingOfficer,
            // Closing a round is no person's step on a dossier: only the closing itself acts in this role.
            [DossierTrigger.CloseRound] = ApprovalPolicy.SystemRole,
        };

        Assert.Equal(Enum.GetValues<DossierTrigger>().Length, expected.Count);
        foreach (var (trigger, role) in expected)
            Assert.Equal([role], ApprovalPolicy.Default(chain).RolesFor(trigger));
    }

    [Theory]
    [InlineData(PortalRoles.Administrator)]
    [InlineData(PortalRoles.Viewer)]
    public async Task Administrators_and_viewers_take_no_step_anywhere(string role)
    {
        foreach (var chain in Enum.GetValues<ApprovalChain>())
            foreach (var state in Enum.GetValues<DossierState>())
            {
                var workflow = Workflow(new TestDossier(state), chain, Complete(PostingLastDay.AddDays(1)), role);
                Assert.Empty(await workflow.PermittedTriggersAsync());
                Assert.All(Enum.GetValues<DossierTrigger>(), t => Assert.True(workflow.Check(t, Reason).RoleRefused));
            }
    }

    [Fact]
    public void A_role_refusal_says_so_and_nothing_about_the_dossier()
    {
        // The dossier misses everything, yet the district officer hears only that the step is not theirs.
        var dossier = new TestDossier(DossierState.Posted);
        var check = Workflow(dossier, ApprovalChain.ThreeLevel, new DossierFacts { Today = PostingLastDay }, PortalRoles.DistrictOfficer)
            .Check(DossierTrigger.Submit);

        Assert.True(check.RoleRefused);
        Assert.Empty(check.UnmetGuards);
        Assert.Equal(["Vai trò của bạn không được thực hiện bước «Nộp hồ sơ»."], check.Messages);
        Assert.Equal(["Your role may not take the step \"Submit the dossier\"."], check.MessagesEn);
    }
}
