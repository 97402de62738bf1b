using Portal.Data.Dossiers;
using Portal.Data.Rounds;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Every human text of the dossier workflow, Vietnamese beside English, in one place. The Vietnamese guard labels are
/// also the guard descriptions the machine is built with, so they appear in the Mermaid diagram: keep them free of
/// ':' ';' '[' ']' and distinct from each other (refusals are mapped back from them).
/// </summary>
public static class DossierLabels
{
    private static readonly Dictionary<DossierState, (string Vi, string En)> States = new()
    {
        [DossierState.Registered] = ("Đã đăng ký", "Registered"),
        [DossierState.SelfAssessing] = ("Đang tự đánh giá", "Self-assessing"),
        [DossierState.CouncilHeld] = ("Hội đồng đánh giá cấp xã đã họp", "Commune evaluation council held"),
        [DossierState.Posted] = ("Đang niêm yết", "Publicly posted"),
        [DossierState.Submitted] = ("Đã nộp", "Submitted"),
        [DossierState.ReturnedForSupplement] = ("Yêu cầu bổ sung", "Returned for supplement"),
        [DossierState.UnderAppraisal] = ("Đang thẩm định", "Under appraisal"),
        [DossierState.AtReviewCouncil] = ("Chờ Hội đồng xét duyệt", "Awaiting the review council"),
        [DossierState.Recognized] = ("Đã công nhận", "Recognised"),
        [DossierState.NotRecognized] = ("Không công nhận", "Not recognised"),
        [DossierState.Withdrawn] = ("Không đề nghị công nhận", "Not proposed (withdrawn)"),
        [DossierState.NotFinished] = ("Chưa hoàn thành khi kết thúc đợt", "Not finished when the round closed"),
    };

    private static readonly Dictionary<DossierTrigger, (string Vi, string En)> Triggers = new()
    {
        [DossierTrigger.StartSelfAssessment] = ("Bắt đầu tự đánh giá", "Start the self-assessment"),
        [DossierTrigger.RecordCouncil] = ("Ghi nhận họp Hội đồng đánh giá cấp xã", "Record the commune evaluation council"),
        [DossierTrigger.StartPosting] = ("Niêm yết công khai", "Post publicly"),
        [DossierTrigger.SignOffSubmission] = ("Ký duyệt hồ sơ đề nghị", "Sign off the submission"),
        [DossierTrigger.Submit] = ("Nộp hồ sơ", "Submit the dossier"),
        [DossierTrigger.ReturnForSupplement] = ("Yêu cầu bổ sung hồ sơ", "Return for supplement"),
        [DossierTrigger.Resubmit] = ("Nộp lại hồ sơ đã bổ sung", "Resubmit the supplemented dossier"),
        [DossierTrigger.AcceptForAppraisal] = ("Tiếp nhận để thẩm định", "Accept for appraisal"),
        [DossierTrigger.SendToReviewCouncil] = ("Chuyển Hội đồng xét duyệt", "Send to the review council"),
        [DossierTrigger.Recognize] = ("Quyết định công nhận", "Recognise"),
        [DossierTrigger.RefuseRecognition] = ("Quyết định không công nhận", "Refuse recognition"),
        [DossierTrigger.Withdraw] = ("Không đề nghị công nhận", "Withdraw (do not propose)"),
        [DossierTrigger.CloseRound] = ("Kết thúc đợt đánh giá", "Close the round"),
        [DossierTrigger.EndUnanswered] = ("Kết thúc hồ sơ không bổ sung, trả lời bằng văn bản", "End the unanswered return with a written answer"),
    };

    private static readonly Dictionary<DossierRecord, (string Vi, string En)> Records = new()
    {
        [DossierRecord.CorrectPosting] = ("Điều chỉnh ngày niêm yết", "Posting dates corrected"),
        [DossierRecord.CorrectCategory] = ("Điều chỉnh loại xã", "Commune category corrected"),
    };

    private static readonly Dictionary<DossierGuard, (string Vi, string En)> Guards = new()
    {
        [DossierGuard.InputsComplete] = ("Đã nhập đủ số liệu các tiêu chí", "All criterion inputs entered"),
        [DossierGuard.CouncilRecorded] = ("Đã ghi kết quả họp Hội đồng đánh giá cấp xã", "Commune evaluation council meeting recorded"),
        [DossierGuard.PostingLastDaySet] = ("Đã đặt ngày cuối niêm yết, không trước hôm nay", "Last posting day set, not before today"),
        [DossierGuard.PostingPeriodOver] = ("Đã hết thời gian niêm yết", "Posting period over"),
        [DossierGuard.HasRequestLetter] = ("Có tờ trình của UBND xã", "Request letter of the commune People's Committee attached"),
        [DossierGuard.HasSelfAssessmentSheet] = ("Có bản tự đánh giá kết quả thực hiện tiêu chuẩn", "Self-assessment sheet attached"),
        [DossierGuard.HasExplanatoryNotes] = ("Có báo cáo thuyết minh", "Explanatory notes attached"),
        [DossierGuard.HasCouncilMinutes] = ("Có biên bản họp Hội đồng đánh giá cấp xã", "Commune evaluation council minutes attached"),
        [DossierGuard.LeaderSignedOff] = ("Chủ tịch UBND xã đã ký duyệt", "Signed off by the commune leader"),
        [DossierGuard.NotYetSignedOff] = ("Chưa được ký duyệt", "Not signed off yet"),
        [DossierGuard.AllCriteriaAppraised] = ("Đã thẩm định mọi tiêu chí", "Every criterion appraised"),
        [DossierGuard.ReviewCouncilRecorded] = ("Đã ghi kết luận Hội đồng xét duyệt", "Review council conclusion recorded"),
        [DossierGuard.DecisionRecorded] = ("Đã ghi số, ngày và người ký quyết định", "Decision number, date and signer recorded"),
        [DossierGuard.ReasonGiven] = ("Có nêu lý do", "Reason given"),
        [DossierGuard.SupplementDueDatePassed] = ("Đã quá hạn bổ sung hồ sơ của đợt", "The round's supplement due date has passed"),
        [DossierGuard.CouncilMinutesRenewed] = ("Đã tải lại biên bản họp sau khi sửa số liệu", "Council minutes uploaded again after a figure changed"),
        [DossierGuard.RoundClosing] = ("Đợt đánh giá đang được kết thúc", "The round is being closed"),
    };

    private static readonly Dictionary<ApprovalChain, (string Vi, string En)> Chains = new()
    {
        [ApprovalChain.ThreeLevel] = ("Ba cấp (xã, huyện, tỉnh)", "Three levels (commune, district, province)"),
        [ApprovalChain.TwoLevel] = ("Hai cấp (xã, tỉnh)", "Two levels (commune, province)"),
    };

    public static string Vi(DossierState state) => States[state].Vi;
    public static string En(DossierState state) => States[state].En;
    public static string Vi(DossierTrigger trigger) => Triggers[trigger].Vi;
    public static string En(DossierTrigger trigger) => Triggers[trigger].En;
    public static string Vi(DossierGuard guard) => Guards[guard].Vi;
    public static string En(DossierGuard guard) => Guards[guard].En;
    public static string Vi(ApprovalChain chain) => Chains[chain].Vi;
    public static string Vi(DossierRecord record) => Records[record].Vi;
    public static string En(DossierRecord record) => Records[record].En;
    public static string En(ApprovalChain chain) => Chains[chain].En;

    // Refusal sentences; WorkflowCheck fills them in.
    internal static string RoleRefused(DossierTrigger trigger, bool english) => english
        ? $"Your role may not take the step \"{En(trigger)}\"."
        : $"Vai trò của bạn không được thực hiện bước «{Vi(trigger)}».";

    internal static string WrongState(DossierTrigger trigger, DossierState state, bool english) => english
        ? $"The step \"{En(trigger)}\" is not possible while the dossier is \"{En(state)}\"."
        : $"Không thể thực hiện bước «{Vi(trigger)}» khi hồ sơ đang ở trạng thái «{Vi(state)}».";

    internal static string GuardUnmet(DossierGuard guard, bool english) => english
        ? $"Condition not met: {En(guard)}."
        : $"Chưa đáp ứng điều kiện: {Vi(guard)}.";
}
