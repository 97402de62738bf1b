using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.DevTools.Demo;

/// <summary>
/// Builds one demo dossier as the workflow would have left it in its state: the data of each step taken, a history row
/// per step (checked against <see cref="DossierWorkflow.Transitions"/>), return items and, where asked, the four
/// documents. The events and return items get their dossier id once the dossier is saved.
/// </summary>
internal sealed class DemoDossierBuilder(DemoScores scores, Round round, DateOnly today, IReadOnlyDictionary<string, string> userIds)
{
    public DemoDossierBuilder(StandardSet set, Round round, DateOnly today, IReadOnlyDictionary<string, string> userIds)
        : this(new DemoScores(set), round, today, userIds) { }

    private readonly Dictionary<string, int> _decisionNos = [];

    public sealed record Built(Dossier Dossier, List<DossierEvent> Events, List<ReturnItem> Returns);

    public Built Build(AdminUnit commune, AdminUnit district, string category, DossierState target, bool returned, bool withFiles) =>
        Build(commune, district, category, target, DemoPath.To(target, returned), withFiles, OnSchedule);

    /// <summary>No step later than the procedure's usual day.</summary>
    private static int OnSchedule(int step, DossierTrigger trigger) => 0;

    /// <summary>
    /// The dossier after <paramref name="steps"/>; <paramref name="delay"/> gives the days a step (by index) slipped,
    /// which every later step carries too, so a late commune stays late.
    /// </summary>
    public Built Build(AdminUnit commune, AdminUnit district, string category, DossierState target,
        IReadOnlyList<DossierTrigger> steps, bool withFiles, Func<int, DossierTrigger, int> delay)
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
            var comment = Apply(d, built, trigger, target, complete, seed, day, at, user, DemoPeople.DistrictSigner(district), district.Code, withFiles);
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
        DateTime at, string user, string signer, string districtCode, bool withFiles)
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
                        SourceNote = "Sổ theo dõi trẻ em và báo cáo của các ngành ở xã", SelfBy = user, SelfAtUtc = at,
                    });
                }
                d.SelfTotal = scores.SelfTotal(d);
                return null;
            case RecordCouncil:
                (d.CouncilDate, d.CouncilMembers) = (day, "Chủ tịch UBND (chủ trì), công chức văn hoá – xã hội, trạm y tế, trường học, Đoàn, Hội Phụ nữ: 7 thành viên");
                d.CouncilResult = $"Tự đánh giá đạt {d.SelfTotal} điểm; đề nghị UBND cấp huyện xem xét công nhận.";
                return null;
            case StartPosting:
                (d.PostingStart, d.PostingLastDay) = (day, day.AddDays(round.PostingDays - 1));
                d.PostingRemarks = "Niêm yết tại trụ sở UBND và nhà văn hoá các thôn, khu phố.";
                if (withFiles) DemoFiles.AddFourDocuments(d, user, at);
                return null;
            case SignOffSubmission:
                (d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc) = (user, at);
                return null;
            case Submit or Resubmit:
                foreach (var item in built.Returns.Where(r => r.Answer is null))
                    (item.Answer, item.AnsweredBy, item.AnsweredAtUtc) = ("Đã bổ sung danh sách có xác nhận của trạm y tế.", user, at);
                return null;
            case ReturnForSupplement:
                const string reason = "Thiếu danh sách trẻ em được khám sức khoẻ định kỳ có xác nhận của trạm y tế.";
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
                (d.ReviewCouncilDate, d.ReviewCouncilMembers) = (day.AddDays(-2), "Phó Chủ tịch UBND (chủ tịch hội đồng), Phòng LĐTBXH, các phòng, ban, đoàn thể");
                d.ReviewRecommendation = trigger == Recognize ? "Đề nghị công nhận." : "Không đề nghị công nhận.";
                (d.DecisionNumber, d.DecisionDate, d.DecisionSigner) = ($"{seq}/QĐ-UBND", day, signer);
                return trigger == Recognize ? null : $"Tổng điểm thẩm định {d.AppraisedTotal} dưới mức {scores.Set.FindCategory(d.Category)?.MinTotal} điểm.";
            case Withdraw:
                return "Chưa đủ điều kiện về số liệu năm nay; xã không đề nghị công nhận.";
        }
        return null;
    }

    private void Appraise(Dossier d, IEnumerable<KeyValuePair<string, CriterionInput>> inputs, string user, DateTime at)
    {
        foreach (var (no, input) in inputs)
        {
            var entry = d.Criteria.Single(c => c.CriterionNo == no);
            (entry.AppraisedInputJson, entry.AppraisedPoints) = scores.Score(d.Category, no, input);
            entry.AppraisalReason = entry.AppraisedPoints == entry.SelfPoints ? null : "Đối chiếu sổ sách của trạm y tế và công an xã: số liệu thấp hơn báo cáo.";
            (entry.AppraisedBy, entry.AppraisedAtUtc) = (user, at);
        }
        d.AppraisedTotal = scores.AppraisedTotal(d);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>08:00 in Vietnam on <paramref name="day"/>, a few minutes later per step so the history keeps its order.</summary>
    private static DateTime At(DateOnly day, int step) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(8, 0)).AddMinutes(7 * step) - PortalClock.VietnamOffset, DateTimeKind.Utc);
}
