using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Workflows.Reports;
using Portal.Workflows.Reports.Excel;
using Portal.Workflows.Texts;

namespace Portal.Tests.Reports;

/// <summary>The .xlsx files, written and read back with the Open XML SDK.</summary>
[Trait("Category", "Integration")]
public sealed class ReportExcelTests
{
    [Fact]
    public void The_writer_keeps_codes_as_text_numbers_as_numbers_and_null_as_an_empty_cell()
    {
        var table = new SheetTable("Một tên trang tính rất dài vượt quá giới hạn", "Tiêu đề", ["Đơn vị: Phường Phúc Xá", "Ngày lập: 20/12/2026"],
            [new("Mã", 10), new("Tên", 20), new("Số", 8), new("Tỷ lệ", 8), new("Ngày", 12)],
            [["00001", "Phường Phúc Xá", 12, 66.7m, new DateOnly(2026, 12, 10)], ["00004", "Phường Trúc Bạch", 0, null, null]],
            Total: [null, "Tổng cộng", 12, 66.7m, null], Notes: ["Ghi chú"]);
        using var xlsx = new XlsxRead(XlsxWriter.ToBytes([table]));

        var name = Assert.Single(xlsx.SheetNames);
        Assert.Equal("Một tên trang tính rất dài vượt", name);
        Assert.True(name.Length <= 31);
        var sheet = xlsx.Sheet(name);
        Assert.Equal("Tiêu đề", xlsx.Text(sheet, "A1"));
        Assert.Equal("Ngày lập: 20/12/2026", xlsx.Text(sheet, "A3"));
        Assert.Equal(["Mã", "Tên", "Số", "Tỷ lệ", "Ngày"], new[] { "A5", "B5", "C5", "D5", "E5" }.Select(r => xlsx.Text(sheet, r)));
        Assert.Equal("00001", xlsx.Text(sheet, "A6")); // text, leading zeros kept
        Assert.Null(XlsxRead.Number(sheet, "A6"));
        Assert.Equal(CellValues.Number, XlsxRead.Cell(sheet, "C6")!.DataType!.Value);
        Assert.Equal(12m, XlsxRead.Number(sheet, "C6"));
        Assert.Equal(66.7m, XlsxRead.Number(sheet, "D6"));
        Assert.Equal(46366m, XlsxRead.Number(sheet, "E6")); // 10/12/2026 as a day serial, shown by its date format
        Assert.Null(XlsxRead.Cell(sheet, "D7")!.CellValue); // null: an empty cell, not "" or 0
        Assert.Equal("Tổng cộng", xlsx.Text(sheet, "B8"));
        Assert.Equal(12m, XlsxRead.Number(sheet, "C8"));
        Assert.Equal("Ghi chú", xlsx.Text(sheet, "A10"));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((5d, "A6", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal(5, sheet.Descendants<Column>().Count());
    }

    [Theory]
    [InlineData(ReportKind.Communes)]
    [InlineData(ReportKind.Districts)]
    [InlineData(ReportKind.Rewards)]
    [InlineData(ReportKind.Activities)]
    public async Task Every_workbook_is_valid_against_the_office_schema(ReportKind kind)
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var file = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, kind, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_district_summary_workbook_has_the_title_block_vietnamese_headers_figures_and_total()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var file = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Districts, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        Assert.Equal("tong-hop-theo-huyen-2026-54.xlsx", file.FileName);
        using var xlsx = new XlsxRead(file.Content);
        var sheet = xlsx.Sheet(Assert.Single(xlsx.SheetNames));

        Assert.Equal("Tổng hợp theo đơn vị", xlsx.SheetNames[0]);
        Assert.Equal("Tổng hợp kết quả đánh giá theo đơn vị", xlsx.Text(sheet, "A1"));
        Assert.Equal("Minh họa – không có giá trị pháp lý", xlsx.Text(sheet, "A2")); // DEMO-06 is illustrative
        Assert.Equal("Đơn vị: Tỉnh Phú Yên", xlsx.Text(sheet, "A3"));
        Assert.Equal("Đợt đánh giá: Đợt 2026 (kỳ đánh giá 01/11/2025 – 31/10/2026)", xlsx.Text(sheet, "A4"));
        Assert.Equal("Ngày lập: 20/12/2026", xlsx.Text(sheet, "A5"));
        Assert.Equal(["Mã đơn vị", "Đơn vị", "Số xã đăng ký", "Số xã đã được xét", "Được công nhận", "Không công nhận", "Tỷ lệ công nhận (%)", "Đúng hạn (%)"],
            "ABCDEFGH".Select(c => xlsx.Text(sheet, $"{c}7")));
        Assert.Equal(("555", "Thành phố Tuy Hoà"), (xlsx.Text(sheet, "A8"), xlsx.Text(sheet, "B8")));
        Assert.Equal([3m, 2m, 1m, 1m, 50.0m, 66.7m], "CDEFGH".Select(c => XlsxRead.Number(sheet, $"{c}8")));
        Assert.Null(XlsxRead.Cell(sheet, "G10")!.CellValue); // Đồng Xuân: no rate without a verdict
        Assert.Equal("Tổng cộng", xlsx.Text(sheet, "B11"));
        Assert.Equal([6m, 3m, 2m, 1m, 66.7m, 83.3m], "CDEFGH".Select(c => XlsxRead.Number(sheet, $"{c}11")));
        Assert.StartsWith("Số xã đăng ký:", xlsx.Text(sheet, "A13"));
    }

    [Fact]
    public async Task The_commune_list_writes_codes_as_text_and_the_verdict_as_the_state_label()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var file = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Communes, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        using var xlsx = new XlsxRead(file.Content);
        var sheet = xlsx.Sheet("Danh sách xã");
        Assert.Equal(("22015", "Đã công nhận", "15/QĐ-UBND"), (xlsx.Text(sheet, "A8"), xlsx.Text(sheet, "G8"), xlsx.Text(sheet, "H8")));
        Assert.Equal(930m, XlsxRead.Number(sheet, "F8"));
        Assert.Equal("Đang thẩm định", xlsx.Text(sheet, "G9"));
        Assert.Equal("Không đề nghị công nhận", xlsx.Text(sheet, "G12"));
    }

    [Fact]
    public async Task Rewards_are_two_sheets_and_activities_have_a_total_row()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var rewards = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Rewards, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        using (var xlsx = new XlsxRead(rewards.Content))
        {
            Assert.Equal(["Chuỗi năm công nhận", "Đề nghị khen thưởng"], xlsx.SheetNames);
            var proposals = xlsx.Sheet("Đề nghị khen thưởng");
            Assert.Equal(("Phường 1", "Giấy khen"), (xlsx.Text(proposals, "A8"), xlsx.Text(proposals, "I8")));
            Assert.Equal(1_500_000m, XlsxRead.Number(proposals, "J8"));
        }
        var activities = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Activities, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        Assert.Equal("hoat-dong-kiem-tra-2026-54.xlsx", activities.FileName);
        using (var xlsx = new XlsxRead(activities.Content))
        {
            var sheet = xlsx.Sheet("Hoạt động và kiểm tra");
            Assert.Equal("Số liệu hoạt động năm 2026", xlsx.Text(sheet, "A5"));
            Assert.Equal("Tổng cộng", xlsx.Text(sheet, "B12"));
            Assert.Equal(500m, XlsxRead.Number(sheet, "G12"));
        }
    }

    [Fact]
    public async Task An_english_reader_gets_english_headers()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var file = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Districts, bed.RoundId, null, CultureInfo.GetCultureInfo("en-US"))).Value!;
        using var xlsx = new XlsxRead(file.Content);
        var sheet = xlsx.Sheet("Summary by unit");
        Assert.Equal("Registered", xlsx.Text(sheet, "C7"));
        Assert.Equal("Total", xlsx.Text(sheet, "B11"));
    }
}
