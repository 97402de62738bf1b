using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;
using static Portal.Workflows.Dossiers.DossierTrigger;

using Portal.DevTools.Demo;

namespace Portal.DevTools.National;

/// <summary>
/// Builds one dossier of the national benchmark data set as the workflow would have left it in its state, written
/// directly rather than walked through the services (tens of thousands of dossiers: the demo walks its hundred): the
/// data of each step taken, a history row per step (checked against <see cref="DossierWorkflow.Transitions"/>) and
/// return items, with the demo's figures and words. No documents. The events and return items get their dossier id
/// once the dossier is saved.
/// </summary>
internal sealed class NationalDossierBuilder(NationalScores scores, Round round, DateOnly today, IReadOnlyDictionary<string, string> userIds)
{
    private readonly Dictionary<string, int> _decisionNos = [];

    public sealed record Built(Dossier Dossier, List<DossierEvent> Events, List<ReturnItem> Returns);

    /// <summary>
    /// The dossier after <paramref name="steps"/>; <paramref name="delay"/> gives the days a step (by index) slipped,
    /// which every later step carries too, so a late commune stays late.
    /// </summary>
    public Built Build(AdminUnit commune, AdminUnit district, string category, DossierState target,
        IReadOnlyList<DossierTrigger> steps, Func<int, DossierTrigger, int> delay)
    {
        var seed = int.Parse(commune.Code, System.Globalization.CultureInfo.InvariantCulture) * 31 + round.Year;
        var opened = At(round.OpensOn, 0);
        var d = new Dossier
        {
            Round = round, UnitId = commune.Id, StandardCode = round.StandardCode, Category = category,
            State = DossierState.Registered, StateSince = round.OpensOn, CreatedAtUtc = opened, UpdatedAtUtc = opened,
        };
        var built = new Built(d, [], []);
        var (officer, leader) = (DemoPeople.Officer(commune), DemoPeople.Leader(commune));
        var (districtOfficer, districtLeader) = (DemoPeople.Officer(district), DemoPeople.Leader(district));
        var day = round.OpensOn;
        var (afterReturn, lag) = (false, 0);
        var complete = steps.Contains(RecordCouncil); // the council meets on complete inputs only
        for (var k = 0; k < steps.Count; k++)
        {
            var trigger = steps[k];
            afterReturn |= trigger == ReturnForSupplement;
            lag += delay(k, trigger);
            var planned = round.OpensOn.AddDays(DemoPath.DayOf(trigger, afterReturn) + seed % 3 + lag);
            day = Min(planned < day ? day : planned, today);
            var at = At(day, k + 1);
            var role = Portal.Workflows.Chains.ApprovalPolicy.For(round).RolesFor(trigger)[0];
            var user = role switch
            {
                Data.Accounts.PortalRoles.CommuneOfficer => officer,
                Data.Accounts.PortalRoles.CommuneLeader => leader,
                Data.Accounts.PortalRoles.DistrictOfficer => districtOfficer,
                _ => districtLeader,
            };
            var comment = Apply(d, built, trigger, target, complete, seed, day, at, user, DemoPeople.DistrictSigner(district), district.Code);
            var step = DossierWorkflow.Transitions.Single(t => t.From == d.State && t.Trigger == trigger);
            built.Events.Add(new DossierEvent
            {
                AtUtc = at, UserId = userIds.GetValueOrDefault(user), UserName = user, Role = role,
                FromState = d.State, ToState = step.To, Trigger = trigger.ToString(), Comment = comment,
            });
            if (step.To != d.State) d.StateSince = day;
            (d.State, d.UpdatedAtUtc) = (step.To, at);
        }
        d.Version = built.Events.Count;
        return built;
    }

    /// <summary>The data that moves with a step; returns the step's comment (its reason), if any.</summary>
    private string? Apply(Dossier d, Built built, DossierTrigger trigger, DossierState target, bool complete, int seed, DateOnly day,
        DateTime at, string user, string signer, string districtCode)
    {
        switch (trigger)
        {
            case StartSelfAssessment:
                foreach (var (no, input) in DemoCriteria.Good(seed).Where(c => complete || DemoCriteria.FirstHalf.Contains(c.Key)))
                {
                    var (json, points) = scores.Score(d.Category, no, input);
                    d.Criteria.Add(new CriterionEntry
                    {
                        CriterionNo = no, SelfInputJson = json, SelfPoints = points,
                        SourceNote = DemoTexts.SourceNote, SelfBy = user, SelfAtUtc = at,
                    });
                }
                d.SelfTotal = scores.SelfTotal(d);
                return null;
            case RecordCouncil:
                (d.CouncilDate, d.CouncilMembers) = (day, DemoTexts.CouncilMembers);
                d.CouncilResult = DemoTexts.CouncilResult(d.SelfTotal);
                return null;
            case StartPosting:
                (d.PostingStart, d.PostingLastDay) = (day, day.AddDays(round.PostingDays - 1));
                d.PostingRemarks = DemoTexts.PostingRemarks;
                return null;
            case SignOffSubmission:
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (user, at);
                return null;
            case Submit or Resubmit:
                foreach (var item in built.Returns.Where(r => r.Answer is null))
                    (item.Answer, item.AnsweredBy, item.AnsweredAtUtc) = (DemoTexts.ReturnAnswer, user, at);
                return null;
            case ReturnForSupplement:
                const string reason = DemoTexts.ReturnReason;
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (null, null);
                built.Returns.Add(new ReturnItem { ReturnNo = 1, Subject = "criterion:9", Reason = reason, RaisedBy = user, RaisedAtUtc = at });
                return reason;
            case AcceptForAppraisal when target == DossierState.UnderAppraisal:
                Appraise(d, DemoCriteria.Good(seed).Where(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture) <= 7), user, at);
                return null;
            case SendToReviewCouncil:
                Appraise(d, target == DossierState.NotRecognized ? DemoCriteria.Weak(seed) : DemoCriteria.Good(seed), user, at);
                return null;
            case Recognize or RefuseRecognition:
                var seq = _decisionNos[districtCode] = _decisionNos.GetValueOrDefault(districtCode, 100 + seed % 50) + 1;
                (d.ReviewCouncilDate, d.ReviewCouncilMembers) = (day.AddDays(-2), DemoTexts.ReviewMembers);
                d.ReviewRecommendation = DemoTexts.Recommendation(trigger == Recognize);
                (d.DecisionNumber, d.DecisionDate, d.DecisionSigner) = ($"{seq}/QĐ-UBND", day, signer);
                return trigger == Recognize ? null : DemoTexts.RefusalReason(d.AppraisedTotal, scores.Set.FindCategory(d.Category)?.MinTotal);
            case Withdraw:
                return DemoTexts.WithdrawalReason;
        }
        return null;
    }

    private void Appraise(Dossier d, IEnumerable<KeyValuePair<string, CriterionInput>> inputs, string user, DateTime at)
    {
        foreach (var (no, input) in inputs)
        {
            var entry = d.Criteria.Single(c => c.CriterionNo == no);
            (entry.AppraisedInputJson, entry.AppraisedPoints) = scores.Score(d.Category, no, input);
            entry.AppraisalReason = entry.AppraisedPoints == entry.SelfPoints ? null : DemoTexts.AppraisalReason;
            (entry.AppraisedBy, entry.AppraisedAtUtc) = (user, at);
        }
        d.AppraisedTotal = scores.AppraisedTotal(d);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>08:00 in Vietnam on <paramref name="day"/>, a few minutes later per step so the history keeps its order.</summary>
    private static DateTime At(DateOnly day, int step) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(8, 0)).AddMinutes(7 * step) - PortalClock.VietnamOffset, DateTimeKind.Utc);
}
