using Portal.Data.Dossiers;
using Portal.Workflows.Decisions;
using Portal.Workflows.Scoring;
using Portal.Workflows.Units;

namespace Portal.Tests.Decisions;

/// <summary>The decision as officials issue it (issue 11 item 6): bases from data, the chosen signing line, names in their own capitals.</summary>
[Trait("Category", "Unit")]
public sealed class DecisionComposerTests
{
    private static readonly LegalBasis Qd34 = new("Quyết định", "34/2014/QĐ-TTg", new DateOnly(2014, 5, 30), "Thủ tướng Chính phủ",
        "quy định tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em");

    private static DecisionFacts Facts(bool withAnnex = false, SignerTitle title = SignerTitle.Chairman) => new(
        2026, true, "Thành phố Tuy Hoà", "125/QĐ-UBND", new DateOnly(2026, 1, 5), title, "Võ Văn Nam", "QD34-2014", false, Qd34,
        ["Căn cứ Văn bản số 1/VD-TEST ngày 02/01/2026 (căn cứ ví dụ của tỉnh)"], new DateOnly(2025, 12, 20),
        "Phòng Văn hóa - Xã hội", "15/TTr-VHXH", new DateOnly(2025, 12, 22),
        [new DecisionCommune("Xã Bình Kiến", "Thành phố Tuy Hoà", 905), new DecisionCommune("Phường 1", "Thành phố Tuy Hoà", 950)], withAnnex, null);

    [Fact]
    public void The_legal_bases_come_from_the_set_the_round_and_the_units_office_each_with_number_and_date()
    {
        var sheet = DecisionComposer.Compose(Facts());

        Assert.Equal(
        [
            "Căn cứ Văn bản số 1/VD-TEST ngày 02/01/2026 (căn cứ ví dụ của tỉnh);",
            "Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30 tháng 5 năm 2014 của Thủ tướng Chính phủ quy định tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em;",
            "Căn cứ kết quả họp Hội đồng xét duyệt ngày 20 tháng 12 năm 2025;",
            "Xét đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 15/TTr-VHXH ngày 22 tháng 12 năm 2025.",
        ], sheet.Bases);
        Assert.Empty(sheet.Missing);
        Assert.Equal("Tuy Hoà, ngày 05 tháng 01 năm 2026", sheet.PlaceDate);
        Assert.Contains("Phòng Văn hóa - Xã hội, Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn có tên tại Điều 1", sheet.Articles[2].Text);
        Assert.DoesNotContain(sheet.Recipients, r => r.Contains("LĐTBXH", StringComparison.Ordinal));
    }

    [Fact]
    public void Unit_names_keep_their_own_capitals_in_running_text()
    {
        var sheet = DecisionComposer.Compose(Facts() with { Communes = [new DecisionCommune("Xã Bình Kiến", "Thành phố Tuy Hoà", 905)] });

        Assert.Equal("Công nhận xã Bình Kiến, thành phố Tuy Hoà đạt tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em năm 2026.", sheet.Articles[0].Text);
        Assert.Contains("Chủ tịch Ủy ban nhân dân xã Bình Kiến", sheet.Articles[2].Text);
        Assert.Equal("THÀNH PHỐ TUY HOÀ", sheet.IssuerName);
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ TUY HOÀ", sheet.Authority);
        Assert.Equal("Phường 1", UnitNames.InRunningText("Phường 1")); // a number is the name itself
    }

    [Theory]
    [InlineData(SignerTitle.Chairman, new[] { "CHỦ TỊCH" })]
    [InlineData(SignerTitle.DeputyOnBehalf, new[] { "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" })]
    public void The_signing_line_is_the_one_chosen_when_the_decision_was_recorded(SignerTitle title, string[] lines)
    {
        Assert.Equal(lines, DecisionComposer.Compose(Facts(title: title)).SignerLines);
    }

    [Fact]
    public void One_decision_for_the_round_lists_the_communes_in_an_annex()
    {
        var sheet = DecisionComposer.Compose(Facts(withAnnex: true));

        Assert.Contains("Công nhận 2 xã, phường, thị trấn", sheet.Articles[0].Text);
        Assert.Equal(["1", "Xã Bình Kiến", "Thành phố Tuy Hoà", "905"], sheet.Annex!.Rows[0]);
        Assert.Contains("(Kèm theo Quyết định số 125/QĐ-UBND ngày 05 tháng 01 năm 2026", sheet.Annex.Heading[2]);
    }

    [Fact]
    public void What_the_portal_does_not_know_is_left_blank_and_listed_never_guessed()
    {
        var sheet = DecisionComposer.Compose(Facts() with { SetBasis = null, AppraisingOffice = null, SubmissionNumber = null, SubmissionDate = null });

        Assert.Equal(3, sheet.Missing.Count);
        Assert.Contains("Căn cứ ……;", sheet.Bases);
        Assert.Contains("Xét đề nghị của …… tại Tờ trình số …… ngày …….", sheet.Bases);
        Assert.DoesNotContain("Phòng", string.Join(" ", sheet.Articles.Select(a => a.Text)), StringComparison.Ordinal);
    }
}
