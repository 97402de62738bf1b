using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>The dossier entity as far as the workflow sees it: the state lives here, the machine only reads and writes it.</summary>
internal sealed class TestDossier(DossierState state = DossierState.Registered)
{
    private DossierState _state = state;
    public int StateWrites { get; private set; }

    public DossierState State
    {
        get => _state;
        set { _state = value; StateWrites++; }
    }
}

internal static class DossierTestKit
{
    public static readonly DateOnly PostingLastDay = new(2025, 11, 10);
    public const string Reason = "Thiếu số liệu tiêu chí 5";

    /// <summary>Facts under which every guard of the process holds, except the two that depend on the day and the sign-off.</summary>
    public static DossierFacts Complete(DateOnly today, bool signedOff = true) => new()
    {
        Today = today,
        InputsComplete = true,
        CouncilRecorded = true,
        PostingLastDay = PostingLastDay,
        HasRequestLetter = true,
        HasSelfAssessmentSheet = true,
        HasExplanatoryNotes = true,
        HasCouncilMinutes = true,
        LeaderSignedOff = signedOff,
        AllCriteriaAppraised = true,
        ReviewCouncilRecorded = true,
        DecisionRecorded = true,
        SupplementDue = PostingLastDay,
    };

    /// <summary>Facts under which every guard of this trigger holds (posting days and sign-off set accordingly).</summary>
    public static DossierFacts SatisfyingFactsFor(DossierTrigger trigger) => trigger switch
    {
        DossierTrigger.StartPosting => Complete(PostingLastDay.AddDays(-5)),
        DossierTrigger.SignOffSubmission => Complete(PostingLastDay.AddDays(1), signedOff: false),
        _ => Complete(PostingLastDay.AddDays(1)),
    };

    /// <summary>The first state the trigger leaves, as the definition lists it.</summary>
    public static DossierState SourceOf(DossierTrigger trigger) =>
        DossierWorkflow.Transitions.First(t => t.Trigger == trigger).From;

    public static DossierWorkflow Workflow(TestDossier dossier, ApprovalChain chain, DossierFacts facts, params string[] roles) =>
        DossierWorkflow.For(() => dossier.State, s => dossier.State = s, ApprovalPolicy.Default(chain), roles.ToHashSet(), facts);

    public static string AppraisingOfficer(ApprovalChain chain) =>
        chain == ApprovalChain.ThreeLevel ? PortalRoles.DistrictOfficer : PortalRoles.ProvinceOfficer;

    public static string DecidingLeader(ApprovalChain chain) =>
        chain == ApprovalChain.ThreeLevel ? PortalRoles.DistrictLeader : PortalRoles.ProvinceLeader;

    /// <summary>Takes a step that must be allowed, and checks where the dossier lands.</summary>
    public static async Task Take(TestDossier dossier, ApprovalChain chain, DossierFacts facts, string role,
        DossierTrigger trigger, DossierState expected, string? reason = null)
    {
        var workflow = Workflow(dossier, chain, facts, role);
        var check = workflow.Check(trigger, reason);
        Assert.True(check.Allowed, $"{role} {trigger} in {dossier.State}: {string.Join(" ", check.Messages)}");
        await workflow.FireAsync(trigger, reason);
        Assert.Equal(expected, dossier.State);
    }

    /// <summary>Asserts that the step is refused, the refusal is thrown on firing, and the entity was not written.</summary>
    public static async Task<WorkflowCheck> AssertRefused(TestDossier dossier, DossierWorkflow workflow,
        DossierTrigger trigger, string? reason = null)
    {
        var before = dossier.State;
        var writes = dossier.StateWrites;
        var check = workflow.Check(trigger, reason);
        Assert.False(check.Allowed);
        Assert.NotEmpty(check.Messages);

        var thrown = await Assert.ThrowsAsync<WorkflowRefusedException>(() => workflow.FireAsync(trigger, reason));
        Assert.Equal(check.Messages, thrown.Messages);
        Assert.Equal(check.RoleRefused, thrown.RoleRefused);
        Assert.Equal(before, dossier.State);
        Assert.Equal(writes, dossier.StateWrites);
        return check;
    }
}
