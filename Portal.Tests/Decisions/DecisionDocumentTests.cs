using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Tests.Dossiers;
using Portal.Workflows.Decisions;

namespace Portal.Tests.Decisions;

/// <summary>The decision read from the dossiers (one per round and deciding unit, or one per commune) and downloaded as a .docx.</summary>
[Trait("Category", "Integration")]
public sealed class DecisionDocumentTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private DecisionReader Reader => _bed.Db.Services.GetRequiredService<DecisionReader>();
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    /// <summary>Phường 1 recognised through the steps, Xã Bình Kiến recorded as recognised by the same decision.</summary>
    private async Task<int> TwoRecognisedAsync(DecisionMode mode)
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await _bed.ToReviewCouncilAsync(id);
        await _bed.StepAsync(_bed.DistrictLeader, id, Workflows.Dossiers.DossierTrigger.Recognize);
        await using var db = _bed.Db.Context();
        var other = await db.Dossiers.SingleAsync(d => d.RoundId == _bed.RoundId && d.Id != id);
        (other.State, other.DecisionNumber, other.DecisionDate, other.DecisionSigner, other.AppraisedTotal) =
            (DossierState.Recognized, "125/QĐ-UBND", new DateOnly(2026, 11, 28), "Võ Văn Nam", 910);
        (await db.Rounds.SingleAsync(r => r.Id == _bed.RoundId)).DecisionMode = mode;
        await db.SaveChangesAsync();
        return id;
    }

    [Theory]
    [InlineData(DecisionMode.PerRound, 2)]
    [InlineData(DecisionMode.PerCommune, 1)]
    public async Task The_round_says_whether_one_decision_lists_every_commune_or_each_has_its_own(DecisionMode mode, int communes)
    {
        var id = await TwoRecognisedAsync(mode);

        var sheet = (await Reader.ReadAsync(_bed.CommuneOfficer, id)).Value!.Sheet!;

        Assert.Equal(communes == 2, sheet.Annex is not null);
        Assert.Equal(communes == 2 ? 2 : 0, sheet.Annex?.Rows.Count ?? 0);
        Assert.Equal("THÀNH PHỐ TUY HOÀ", sheet.IssuerName);
        Assert.Contains(sheet.Bases, b => b.Contains("Quyết định số 06/QĐ-TTg ngày 03 tháng 01 năm 2019 của Thủ tướng Chính phủ", StringComparison.Ordinal));
        Assert.Equal("Minh họa – không có giá trị pháp lý", sheet.Watermark); // DEMO-06 is illustrative
    }

    [Fact]
    public async Task The_docx_reopens_with_its_parts_the_A4_page_the_font_the_texts_and_the_watermark_on_every_page()
    {
        var id = await TwoRecognisedAsync(DecisionMode.PerRound);
        var sheet = (await Reader.ReadAsync(_bed.DistrictLeader, id)).Value!.Sheet!;

        using var stream = new MemoryStream(DecisionDocx.ToBytes(sheet));
        using var document = WordprocessingDocument.Open(stream, false);

        var main = document.MainDocumentPart!;
        var text = main.Document.Body!.InnerText;
        foreach (var part in new[] { "ỦY BAN NHÂN DÂN", "THÀNH PHỐ TUY HOÀ", "Số: 125/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "CHỦ TỊCH", "Võ Văn Nam", "Phụ lục" })
            Assert.Contains(part, text);
        var size = main.Document.Body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal("Times New Roman", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<RunFonts>()!.Ascii!.Value);
        Assert.Equal(2, main.HeaderParts.Count());
        Assert.All(main.HeaderParts, h => Assert.Contains("Minh họa – không có giá trị pháp lý", h.Header.InnerText));
        Assert.Equal(3, main.Document.Body.Descendants<Table>().Last().Elements<TableRow>().Count()); // the annex: header and two communes
    }
}
