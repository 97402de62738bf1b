using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Decisions;
using Portal.Workflows.Dossiers;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

/// <summary>Ways out of a return, and withdrawal (issue 11 item 5): both end the dossier, both are in the diagram and the history.</summary>
[Trait("Category", "Integration")]
public sealed class WaysOutTests
{
    [Theory]
    [InlineData(DossierState.Registered)]
    [InlineData(DossierState.SelfAssessing)]
    [InlineData(DossierState.CouncilHeld)]
    [InlineData(DossierState.Posted)]
    [InlineData(DossierState.ReturnedForSupplement)]
    public async Task The_commune_leader_may_withdraw_before_submission_and_from_a_return_with_a_reason(DossierState from)
    {
        var dossier = new TestDossier(from);
        await Take(dossier, ApprovalChain.ThreeLevel, Complete(PostingLastDay.AddDays(1)), PortalRoles.CommuneLeader,
            DossierTrigger.Withdraw, DossierState.Withdrawn, Reason);
        Assert.Contains($"\t{from} --> Withdrawn : Withdraw", DossierWorkflow.ToMermaid());
    }

    [Fact]
    public void The_appraising_office_ends_an_unanswered_return_only_after_the_supplement_due_date_and_with_a_written_reason()
    {
        var due = new DateOnly(2026, 12, 10);
        var facts = Complete(due) with { SupplementDue = due };
        var officer = PortalRoles.DistrictOfficer;
        Assert.Equal([DossierGuard.SupplementDueDatePassed],
            Workflow(new TestDossier(DossierState.ReturnedForSupplement), ApprovalChain.ThreeLevel, facts, officer).Check(DossierTrigger.EndUnanswered, Reason).UnmetGuards);
        var after = facts with { Today = due.AddDays(1) };
        Assert.Equal([DossierGuard.ReasonGiven],
            Workflow(new TestDossier(DossierState.ReturnedForSupplement), ApprovalChain.ThreeLevel, after, officer).Check(DossierTrigger.EndUnanswered).UnmetGuards);
        Assert.True(Workflow(new TestDossier(DossierState.ReturnedForSupplement), ApprovalChain.ThreeLevel, after, officer).Check(DossierTrigger.EndUnanswered, Reason).Allowed);
        Assert.Contains("\tReturnedForSupplement --> NotRecognized : EndUnanswered", DossierWorkflow.ToMermaid());
    }

    [Fact]
    public async Task An_ended_return_is_not_recognised_in_the_history_and_its_written_answer_prints_the_reason()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.SubmitAsync(id);
        await bed.StepAsync(bed.DistrictOfficer, id, DossierTrigger.ReturnForSupplement, "Thiếu biên bản", [new ReturnRequest("general", "Bổ sung biên bản")]);
        var supplementDue = (await bed.Pages.ReadAsync(bed.DistrictOfficer, id)).Value!.Round.SupplementDue!.Value;
        var early = await bed.Steps.FireAsync(bed.DistrictOfficer, id, await bed.VersionAsync(id), DossierTrigger.EndUnanswered, "Quá hạn");
        Assert.False(early.Succeeded);

        bed.Clock.Now = supplementDue.AddDays(1).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
        await bed.StepAsync(bed.DistrictOfficer, id, DossierTrigger.EndUnanswered, "Xã không bổ sung hồ sơ trong thời hạn đã nêu");

        Assert.Equal(DossierState.NotRecognized, (await bed.DossierAsync("22015")).State);
        var answer = (await bed.Db.Services.GetRequiredService<WrittenAnswerReader>().ReadAsync(bed.CommuneOfficer, id)).Value!.Sheet!;
        Assert.Equal("Lý do: Xã không bổ sung hồ sơ trong thời hạn đã nêu", answer.Reason);
        Assert.Contains("Phường 1", answer.To);
    }
}
