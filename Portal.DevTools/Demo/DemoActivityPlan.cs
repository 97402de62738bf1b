using Portal.Data.Activities;
using static Portal.Data.Activities.CommunicationKind;
using static Portal.Data.Activities.SafeModelKind;

namespace Portal.DevTools.Demo;

internal sealed record DemoTalk(string Unit, DateOnly Date, CommunicationKind Kind, string Title, int? Audience, string? AudienceNote,
    string? EvidenceNote, string? EvidenceFile = null);

internal sealed record DemoModel(string Unit, SafeModelKind Kind, string Name, DateOnly StartedOn, DateOnly? EndedOn = null);

internal sealed record DemoInspection(string Unit, DateOnly Date, string Team, string Findings, string FollowUp, DateOnly Due, DateOnly? DoneOn);

internal sealed record DemoTarget(string Unit, int Year, int Registered, int Recognised, string Note);

/// <summary>
/// The plan's activities in the demo of Tỉnh Phú Yên: communication of every kind in 2025 and 2026 in Phường 1 (22015),
/// Xã Bình Kiến (22045) and Thành phố Tuy Hoà (555); three safe models, one ended; two inspections, one whose follow-up
/// is overdue; the 2026 targets of Tuy Hoà and the province. Illustrative, not real events.
/// </summary>
internal static class DemoActivityPlan
{
    public const string TuyHoa = "555";

    public static readonly IReadOnlyList<DemoTalk> Talks =
    [
        new("22015", new(2025, 1, 20), Tet, "Thăm, tặng quà Tết cho trẻ em có hoàn cảnh khó khăn", 120, "Trẻ em và gia đình có hoàn cảnh khó khăn", "Danh sách nhận quà, ảnh"),
        new("22015", new(2025, 6, 1), ChildrensDay, "Ngày hội thiếu nhi 1/6 tại nhà văn hoá phường", 450, "Thiếu nhi các khu phố", "Ảnh, bài đăng trên trang thông tin phường"),
        new("22015", new(2025, 6, 10), ActionMonth, "Phát động Tháng hành động vì trẻ em năm 2025", 300, "Cán bộ khu phố, phụ huynh", "Kế hoạch số 45/KH-UBND"),
        new("22045", new(2025, 6, 15), ActionMonth, "Tuyên truyền phòng, chống đuối nước trẻ em", 180, "Học sinh tiểu học và THCS", "Biên bản buổi tuyên truyền"),
        new("22045", new(2025, 10, 6), MidAutumn, "Vui Tết Trung thu cho thiếu nhi các thôn", 260, null, "Ảnh"),
        new(TuyHoa, new(2025, 5, 28), ActionMonth, "Lễ phát động Tháng hành động vì trẻ em cấp thành phố", 500, "Đại biểu, học sinh các trường", "Báo cáo của Phòng Văn hoá – Xã hội"),
        new(TuyHoa, new(2025, 9, 20), Other, "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ xã, phường", 65, "Cán bộ làm công tác trẻ em", "Danh sách học viên"),
        new("22015", new(2026, 2, 10), Tet, "Chương trình Xuân yêu thương cho trẻ em", 150, null, "Danh sách nhận quà"),
        new("22015", new(2026, 6, 1), ChildrensDay, "Ngày hội thiếu nhi 1/6 năm 2026", 520, "Thiếu nhi và phụ huynh", "Báo cáo kết quả kèm ảnh", "Bao-cao-ngay-hoi-1-6-2026.pdf"),
        new("22045", new(2026, 3, 15), Other, "Sinh hoạt câu lạc bộ quyền trẻ em", 45, "Thành viên câu lạc bộ", null),
        new("22045", new(2026, 6, 5), ActionMonth, "Truyền thông phòng, chống xâm hại trẻ em", 210, "Học sinh và phụ huynh", "Biên bản, ảnh"),
        new("22045", new(2026, 9, 25), MidAutumn, "Đêm hội trăng rằm cho thiếu nhi", 330, null, "Ảnh"),
        new(TuyHoa, new(2026, 5, 30), ActionMonth, "Phát động Tháng hành động vì trẻ em năm 2026", 600, "Đại biểu, học sinh các trường", "Kế hoạch số 112/KH-UBND"),
        new(TuyHoa, new(2026, 6, 1), ChildrensDay, "Gặp mặt, tuyên dương trẻ em tiêu biểu nhân ngày 1/6", 200, "Trẻ em tiêu biểu các xã, phường", null),
    ];

    public static readonly IReadOnlyList<DemoModel> Models =
    [
        new("22015", Community, "Khu dân cư an toàn cho trẻ em khu phố 3", new(2023, 3, 15)),
        new("22045", School, "Trường học an toàn – Trường Tiểu học Bình Kiến", new(2024, 9, 5)),
        new("22015", Home, "Ngôi nhà an toàn – các hộ gia đình khu phố 1", new(2022, 5, 1), new(2025, 12, 31)),
    ];

    public static readonly IReadOnlyList<DemoInspection> Inspections =
    [
        new("22015", new(2026, 5, 20), "Đoàn liên ngành thành phố Tuy Hoà (Văn hoá – Xã hội, Công an, Y tế)",
            "Sổ theo dõi trẻ em có hoàn cảnh đặc biệt chưa cập nhật đầy đủ.", "Cập nhật sổ theo dõi trẻ em có hoàn cảnh đặc biệt.",
            new(2026, 7, 15), new(2026, 7, 10)),
        new("22045", new(2026, 8, 12), "Đoàn giám sát liên ngành thành phố Tuy Hoà",
            "Điểm vui chơi cho trẻ em ở thôn chưa có rào chắn, biển cảnh báo.", "Lắp rào chắn và biển cảnh báo tại điểm vui chơi.",
            new(2026, 10, 15), null),
    ];

    public static readonly IReadOnlyList<DemoTarget> Targets =
    [
        new(TuyHoa, 2026, 12, 10, "Theo nghị quyết phát triển kinh tế – xã hội năm 2026 của thành phố"),
        new(DemoPlan.ProvinceCode, 2026, 60, 45, "Theo kế hoạch phát triển kinh tế – xã hội năm 2026 của tỉnh"),
    ];
}
