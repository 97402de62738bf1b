namespace Portal.DevTools.Demo;

/// <summary>What the demo's people write on their dossiers, in the words a commune or a district would use.</summary>
internal static class DemoTexts
{
    public const string SourceNote = "Sổ theo dõi trẻ em và báo cáo của các ngành ở xã";
    public const string CouncilMembers = "Chủ tịch UBND (chủ trì), công chức văn hoá – xã hội, trạm y tế, trường học, Đoàn, Hội Phụ nữ: 7 thành viên";
    public const string PostingRemarks = "Niêm yết tại trụ sở UBND và nhà văn hoá các thôn, khu phố.";
    public const string ReturnReason = "Thiếu danh sách trẻ em được khám sức khoẻ định kỳ có xác nhận của trạm y tế.";
    public const string ReturnAnswer = "Đã bổ sung danh sách có xác nhận của trạm y tế.";
    public const string AppraisalReason = "Đối chiếu sổ sách của trạm y tế và công an xã: số liệu thấp hơn báo cáo.";
    public const string ReviewMembers = "Phó Chủ tịch UBND (chủ tịch hội đồng), Phòng LĐTBXH, các phòng, ban, đoàn thể";
    public const string WithdrawalReason = "Chưa đủ điều kiện về số liệu năm nay; xã không đề nghị công nhận.";

    public static string CouncilResult(int? selfTotal) => $"Tự đánh giá đạt {selfTotal} điểm; đề nghị UBND cấp huyện xem xét công nhận.";

    public static string Recommendation(bool recognized) => recognized ? "Đề nghị công nhận." : "Không đề nghị công nhận.";

    public static string RefusalReason(int? appraisedTotal, int? minTotal) => $"Tổng điểm thẩm định {appraisedTotal} dưới mức {minTotal} điểm.";
}
