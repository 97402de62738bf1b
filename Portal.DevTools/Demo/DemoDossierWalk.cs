using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.DevTools.Demo;

/// <summary>
/// Walks one demo dossier to its planned state through the product's use cases, each on its day of
/// <see cref="DemoCalendar"/> and by the person whose role takes it: the steps (<see cref="DossierSteps"/>), the data
/// entered beside them (<see cref="DossierEdits"/>: every input in one "Lưu tất cả", the appraisal agreed with in one
/// "Đồng ý các tiêu chí còn lại") and the four documents (<see cref="DossierFiles"/>). The history rows, totals, return
/// items, summaries, notifications and reward proposals are what those use cases and their handlers make of it. A
/// refusal stops the demo with the product's reasons: the demo shows nothing the product would not allow.
/// </summary>
internal sealed class DemoDossierWalk(DemoServices services, DemoActors actors, DemoTimeline time, Func<AdminUnit, string> nextDecisionNumber,
    DemoDossier dossier)
{
    private int _version = dossier.Version;
    private bool _afterReturn;
    private DateOnly _sentToCouncil;

    private DateOnly Today => PortalClock.Today(services.Clock);

    public async Task WalkAsync(CancellationToken ct)
    {
        var steps = DemoPath.To(dossier.Target, dossier.Returned);
        var complete = steps.Contains(RecordCouncil); // the council meets on complete inputs only
        foreach (var trigger in steps)
        {
            _afterReturn |= trigger == ReturnForSupplement;
            switch (trigger)
            {
                case StartSelfAssessment:
                    await StepAsync(trigger, ct);
                    var inputs = DemoCriteria.Good(dossier.Seed).Where(c => complete || DemoCriteria.FirstHalf.Contains(c.Key))
                        .Select(c => new SelfInputChange(c.Key, c.Value, DemoTexts.SourceNote)).ToList();
                    await RunAsync(trigger, PortalRoles.CommuneOfficer, "inputs", (s, v) => services.Edits.SaveSelfInputsAsync(s, dossier.Id, v, inputs, ct));
                    break;
                case RecordCouncil:
                    var self = (await TotalsAsync(ct)).Self;
                    await RunAsync(trigger, PortalRoles.CommuneOfficer, "council", (s, v) => services.Edits.SaveCouncilAsync(s,
                        dossier.Id, v, Today, DemoTexts.CouncilMembers, DemoTexts.CouncilResult(self), ct));
                    await StepAsync(trigger, ct);
                    break;
                case StartPosting:
                    await RunAsync(trigger, PortalRoles.CommuneOfficer, "posting", (s, v) => services.Edits.SavePostingAsync(s,
                        dossier.Id, v, Today, Today.AddDays(DemoCalendar.PostingDays - 1), DemoTexts.PostingRemarks, ct));
                    await StepAsync(trigger, ct);
                    if (steps.Contains(Submit)) await DocumentsAsync(trigger, ct);
                    break;
                case SignOffSubmission:
                    if (_afterReturn) await AnswerAsync(trigger, ct); // the commune answers the return before its leader signs again
                    await StepAsync(trigger, ct);
                    break;
                case ReturnForSupplement:
                    await StepAsync(trigger, ct, DemoTexts.ReturnReason, [new ReturnRequest("criterion:9", DemoTexts.ReturnReason)]);
                    break;
                case AcceptForAppraisal:
                    await StepAsync(trigger, ct);
                    if (dossier.Target == DossierState.UnderAppraisal)
                        await AppraiseAsync(trigger, DemoCriteria.Good(dossier.Seed).Where(c => int.Parse(c.Key, CultureInfo.InvariantCulture) <= 7), ct);
                    break;
                case SendToReviewCouncil:
                    await AppraiseAllAsync(trigger, ct);
                    await StepAsync(trigger, ct);
                    _sentToCouncil = Today;
                    break;
                case Recognize or RefuseRecognition:
                    await DecideAsync(trigger, ct);
                    break;
                case Withdraw:
                    await StepAsync(trigger, ct, DemoTexts.WithdrawalReason);
                    break;
                default:
                    await StepAsync(trigger, ct);
                    break;
            }
        }
    }

    private async Task DocumentsAsync(DossierTrigger day, CancellationToken ct)
    {
        foreach (var (kind, name) in DemoFiles.FourDocuments)
            await RunAsync(day, PortalRoles.CommuneOfficer, $"document {kind}", async (s, v) =>
            {
                var file = DemoFiles.Placeholder(name);
                await using (file.Content) return await services.Files.AddAsync(s, dossier.Id, v, kind, null, file, ct);
            });
    }

    private async Task AnswerAsync(DossierTrigger day, CancellationToken ct)
    {
        await using var db = await services.Database.CreateDbContextAsync(ct);
        var item = await db.ReturnItems.Where(r => r.DossierId == dossier.Id && r.Answer == null).Select(r => r.Id).SingleAsync(ct);
        await RunAsync(day, PortalRoles.CommuneOfficer, "answer", (s, v) => services.Edits.AnswerReturnAsync(s, dossier.Id, v, item, DemoTexts.ReturnAnswer, ct));
    }

    /// <summary>
    /// The district's appraisal before the review council: where its figures differ from the commune's (a dossier it
    /// will not recognise), each with its reason; then it agrees with the commune on every other criterion at once.
    /// </summary>
    private async Task AppraiseAllAsync(DossierTrigger day, CancellationToken ct)
    {
        if (dossier.Target == DossierState.NotRecognized)
        {
            var good = DemoCriteria.Good(dossier.Seed);
            await AppraiseAsync(day, DemoCriteria.Weak(dossier.Seed)
                .Where(c => CriterionInputJson.Write(c.Value) != CriterionInputJson.Write(good[c.Key])), ct);
        }
        await RunAsync(day, PortalRoles.DistrictOfficer, "agreeing with the rest", (s, v) => services.Edits.AgreeWithRestAsync(s, dossier.Id, v, ct));
    }

    private async Task AppraiseAsync(DossierTrigger day, IEnumerable<KeyValuePair<string, CriterionInput>> inputs, CancellationToken ct)
    {
        var selfInputs = DemoCriteria.Good(dossier.Seed);
        foreach (var (no, input) in inputs)
        {
            // The district explains each figure it finds different from the commune's (a changed score needs it).
            var reason = CriterionInputJson.Write(input) == CriterionInputJson.Write(selfInputs[no]) ? null : DemoTexts.AppraisalReason;
            await RunAsync(day, PortalRoles.DistrictOfficer, $"appraisal {no}",
                (s, v) => services.Edits.SaveAppraisalAsync(s, dossier.Id, v, no, input, reason, ct));
        }
    }

    private async Task DecideAsync(DossierTrigger trigger, CancellationToken ct)
    {
        var (district, recognized) = (dossier.Commune.Parent!, trigger == Recognize);
        var number = nextDecisionNumber(district);
        await RunAsync(trigger, PortalRoles.DistrictLeader, "review and decision", (s, v) => services.Edits.SaveReviewAsync(s,
            dossier.Id, v, Max(Today.AddDays(-2), _sentToCouncil), DemoTexts.ReviewMembers, DemoTexts.Recommendation(recognized), number, Today,
            DemoPeople.DistrictSigner(district), ct: ct));
        string? reason = null;
        if (!recognized)
        {
            var set = await services.Scoring.SetAsync(DemoPlan.StandardCode, ct);
            reason = DemoTexts.RefusalReason((await TotalsAsync(ct)).Appraised, set.FindCategory(dossier.Category)?.MinTotal);
        }
        await StepAsync(trigger, ct, reason);
    }

    private Task StepAsync(DossierTrigger trigger, CancellationToken ct, string? reason = null, IReadOnlyList<ReturnRequest>? items = null) =>
        RunAsync(trigger, ApprovalPolicy.Default(Data.Rounds.ApprovalChain.ThreeLevel).RolesFor(trigger)[0], $"step {trigger}",
            (s, v) => services.Steps.FireAsync(s, dossier.Id, v, trigger, reason, items, ct));

    /// <summary>
    /// Moves the clock to the day of <paramref name="day"/>'s step, acts as the role's person, and keeps the version the
    /// change gives.
    /// </summary>
    private async Task RunAsync(DossierTrigger day, string role, string what, Func<UserScope, int, Task<Outcome<int>>> change)
    {
        time.MoveTo(DemoCalendar.Day(dossier.Year, day, _afterReturn, dossier.Seed));
        var outcome = await change(actors.For(role, dossier.Commune), _version);
        if (!outcome.Succeeded)
            throw new InvalidOperationException(
                $"Demo {dossier.Year}, {dossier.Commune.Name}: {what} was {outcome.Kind}: {string.Join(" ", outcome.Errors)}");
        _version = outcome.Value;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private async Task<(int? Self, int? Appraised)> TotalsAsync(CancellationToken ct)
    {
        await using var db = await services.Database.CreateDbContextAsync(ct);
        var totals = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => new { d.SelfTotal, d.AppraisedTotal }).SingleAsync(ct);
        return (totals.SelfTotal, totals.AppraisedTotal);
    }
}
