using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public class DossierGuardTests
{
    private static readonly DateOnly AfterPosting = PostingLastDay.AddDays(1);

    /// <summary>The complete facts with one of them taken away, named as the test case says.</summary>
    private static DossierFacts Without(string fact, DossierFacts facts) => fact switch
    {
        "request letter" => facts with { HasRequestLetter = false },
        "self-assessment sheet" => facts with { HasSelfAssessmentSheet = false },
        "explanatory notes" => facts with { HasExplanatoryNotes = false },
        "council minutes" => facts with { HasCouncilMinutes = false },
        "complete inputs" => facts with { InputsComplete = false },
        "leader sign-off" => facts with { LeaderSignedOff = false },
        "posting over (last day is today)" => facts with { Today = PostingLastDay },
        "posting over (before the last day)" => facts with { Today = PostingLastDay.AddDays(-3) },
        "posting over (no posting day)" => facts with { PostingLastDay = null },
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
    };

    [Theory]
    [InlineData("request letter", DossierGuard.HasRequestLetter)]
    [InlineData("self-assessment sheet", DossierGuard.HasSelfAssessmentSheet)]
    [InlineData("council minutes", DossierGuard.HasCouncilMinutes)]
    [InlineData("complete inputs", DossierGuard.InputsComplete)]
    [InlineData("leader sign-off", DossierGuard.LeaderSignedOff)]
    [InlineData("posting over (last day is today)", DossierGuard.PostingPeriodOver)]
    [InlineData("posting over (before the last day)", DossierGuard.PostingPeriodOver)]
    [InlineData("posting over (no posting day)", DossierGuard.PostingPeriodOver)]
    public async Task Submission_is_refused_without(string fact, DossierGuard unmet)
    {
        var dossier = new TestDossier(DossierState.Posted);
        var workflow = Workflow(dossier, ApprovalChain.ThreeLevel, Without(fact, Complete(AfterPosting)), PortalRoles.CommuneOfficer);

        var check = await AssertRefused(dossier, workflow, DossierTrigger.Submit);

        Assert.False(check.RoleRefused);
        Assert.Equal([unmet], check.UnmetGuards);
        Assert.Equal([$"Chưa đáp ứng điều kiện: {DossierLabels.Vi(unmet)}."], check.Messages);
        Assert.Empty(await workflow.PermittedTriggersAsync());
    }

    [Theory]
    [InlineData("request letter", DossierGuard.HasRequestLetter)]
    [InlineData("council minutes", DossierGuard.HasCouncilMinutes)]
    [InlineData("complete inputs", DossierGuard.InputsComplete)]
    [InlineData("leader sign-off", DossierGuard.LeaderSignedOff)]
    public async Task Resubmission_is_refused_without(string fact, DossierGuard unmet)
    {
        var dossier = new TestDossier(DossierState.ReturnedForSupplement);
        var workflow = Workflow(dossier, ApprovalChain.TwoLevel, Without(fact, Complete(AfterPosting)), PortalRoles.CommuneOfficer);

        var check = await AssertRefused(dossier, workflow, DossierTrigger.Resubmit);

        Assert.Equal([unmet], check.UnmetGuards);
    }

    [Fact]
    public async Task A_refusal_lists_every_unmet_guard_in_the_order_of_the_definition()
    {
        var dossier = new TestDossier(DossierState.Posted);
        var workflow = Workflow(dossier, ApprovalChain.ThreeLevel, new DossierFacts { Today = AfterPosting }, PortalRoles.CommuneOfficer);

        var check = await AssertRefused(dossier, workflow, DossierTrigger.Submit);

        DossierGuard[] all =
        [
            DossierGuard.PostingPeriodOver, DossierGuard.HasRequestLetter, DossierGuard.HasSelfAssessmentSheet,
            DossierGuard.HasCouncilMinutes, DossierGuard.InputsComplete,
            DossierGuard.LeaderSignedOff,
        ];
        Assert.Equal(all, check.UnmetGuards);
        Assert.Equal(all.Select(g => $"Chưa đáp ứng điều kiện: {DossierLabels.Vi(g)}."), check.Messages);
        Assert.Equal(all.Select(g => $"Condition not met: {DossierLabels.En(g)}."), check.MessagesEn);
    }

    [Theory]
    [InlineData(DossierTrigger.Withdraw, DossierState.SelfAssessing, PortalRoles.CommuneLeader, null)]
    [InlineData(DossierTrigger.Withdraw, DossierState.Posted, PortalRoles.CommuneLeader, "")]
    [InlineData(DossierTrigger.ReturnForSupplement, DossierState.Submitted, PortalRoles.DistrictOfficer, null)]
    [InlineData(DossierTrigger.ReturnForSupplement, DossierState.Submitted, PortalRoles.DistrictOfficer, "   ")]
    [InlineData(DossierTrigger.RefuseRecognition, DossierState.AtReviewCouncil, PortalRoles.DistrictLeader, "\t")]
    public async Task Steps_that_need_a_reason_are_refused_without_one(DossierTrigger trigger, DossierState from, string role, string? reason)
    {
        var dossier = new TestDossier(from);
        var workflow = Workflow(dossier, ApprovalChain.ThreeLevel, Complete(AfterPosting), role);

        var check = await AssertRefused(dossier, workflow, trigger, reason);

        Assert.True(DossierWorkflow.NeedsReason(trigger));
        Assert.Equal([DossierGuard.ReasonGiven], check.UnmetGuards);
        // Offered all the same: the reason is asked for when the step is taken.
        Assert.Contains(trigger, await workflow.PermittedTriggersAsync());
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task Posting_starts_only_with_a_last_day_not_before_today(int lastDayFromToday, bool allowed)
    {
        var today = new DateOnly(2025, 11, 3);
        var dossier = new TestDossier(DossierState.CouncilHeld);
        var facts = Complete(today) with { PostingLastDay = today.AddDays(-lastDayFromToday) };
        var workflow = Workflow(dossier, ApprovalChain.ThreeLevel, facts, PortalRoles.CommuneOfficer);

        if (allowed)
        {
            await workflow.FireAsync(DossierTrigger.StartPosting);
            Assert.Equal(DossierState.Posted, dossier.State);
        }
        else
        {
            var check = await AssertRefused(dossier, workflow, DossierTrigger.StartPosting);
            Assert.Equal([DossierGuard.PostingLastDaySet], check.UnmetGuards);
        }
    }

    [Theory]
    [InlineData(DossierTrigger.RecordCouncil, DossierState.SelfAssessing, PortalRoles.CommuneOfficer, DossierGuard.InputsComplete)]
    [InlineData(DossierTrigger.RecordCouncil, DossierState.SelfAssessing, PortalRoles.CommuneOfficer, DossierGuard.CouncilRecorded)]
    [InlineData(DossierTrigger.StartPosting, DossierState.CouncilHeld, PortalRoles.CommuneOfficer, DossierGuard.PostingLastDaySet)]
    [InlineData(DossierTrigger.SendToReviewCouncil, DossierState.UnderAppraisal, PortalRoles.DistrictOfficer, DossierGuard.AllCriteriaAppraised)]
    [InlineData(DossierTrigger.Recognize, DossierState.AtReviewCouncil, PortalRoles.DistrictLeader, DossierGuard.ReviewCouncilRecorded)]
    [InlineData(DossierTrigger.Recognize, DossierState.AtReviewCouncil, PortalRoles.DistrictLeader, DossierGuard.DecisionRecorded)]
    [InlineData(DossierTrigger.RefuseRecognition, DossierState.AtReviewCouncil, PortalRoles.DistrictLeader, DossierGuard.DecisionRecorded)]
    [InlineData(DossierTrigger.SignOffSubmission, DossierState.Posted, PortalRoles.CommuneLeader, DossierGuard.NotYetSignedOff)]
    public async Task Each_other_guard_refuses_when_its_fact_is_missing(
        DossierTrigger trigger, DossierState from, string role, DossierGuard unmet)
    {
        var facts = unmet switch
        {
            DossierGuard.InputsComplete => Complete(AfterPosting) with { InputsComplete = false },
            DossierGuard.CouncilRecorded => Complete(AfterPosting) with { CouncilRecorded = false },
            DossierGuard.PostingLastDaySet => Complete(AfterPosting) with { PostingLastDay = null },
            DossierGuard.AllCriteriaAppraised => Complete(AfterPosting) with { AllCriteriaAppraised = false },
            DossierGuard.ReviewCouncilRecorded => Complete(AfterPosting) with { ReviewCouncilRecorded = false },
            DossierGuard.DecisionRecorded => Complete(AfterPosting) with { DecisionRecorded = false },
            DossierGuard.NotYetSignedOff => Complete(AfterPosting, signedOff: true),
            _ => throw new ArgumentOutOfRangeException(nameof(unmet), unmet, null),
        };
        var dossier = new TestDossier(from);

        var check = await AssertRefused(dossier, Workflow(dossier, ApprovalChain.ThreeLevel, facts, role), trigger, Reason);

        Assert.False(check.RoleRefused);
        Assert.Equal([unmet], check.UnmetGuards);
    }

    [Fact]
    public async Task A_step_that_does_not_leave_the_current_state_is_refused_as_such()
    {
        var dossier = new TestDossier(DossierState.SelfAssessing);
        var workflow = Workflow(dossier, ApprovalChain.ThreeLevel, Complete(AfterPosting), PortalRoles.CommuneOfficer);

        var check = await AssertRefused(dossier, workflow, DossierTrigger.Submit);

        Assert.True(check.WrongState);
        Assert.False(check.RoleRefused);
        Assert.Equal(["Không thể thực hiện bước «Nộp hồ sơ» khi hồ sơ đang ở trạng thái «Đang tự đánh giá»."], check.Messages);
    }
}
