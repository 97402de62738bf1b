using System.Text;
using Portal.Workflows.Files;

namespace Portal.Tests.Files;

/// <summary>The name an upload is shown under: one clean file name in NFC, with the extension of what it really is.</summary>
[Trait("Category", "Unit")]
public sealed class UploadNameTests
{
    [Theory]
    [InlineData(@"C:\Users\canbo\..\Báo cáo.pdf", "Báo cáo.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("to\u0000trinh\u0007.pdf", "totrinh.pdf")]
    [InlineData("hoa-don\u202Efdp.exe", "hoa-donfdp.pdf")]      // a right-to-left override hiding ".exe"
    [InlineData("ảnh\u200B.png.exe", "ảnh.png.pdf")]            // zero-width space removed; the type decides the extension
    [InlineData("...", "tep.pdf")]
    [InlineData("", "tep.pdf")]
    public void Paths_controls_and_bidirectional_characters_are_removed(string sent, string shown) =>
        Assert.Equal(shown, UploadName.Display(sent, UploadType.Pdf));

    [Fact]
    public void Decomposed_vietnamese_becomes_nfc()
    {
        var decomposed = "Biên bản.pdf".Normalize(NormalizationForm.FormD);
        Assert.Equal("Biên bản.pdf".Normalize(NormalizationForm.FormC), UploadName.Display(decomposed, UploadType.Pdf));
    }

    [Fact]
    public void Long_names_are_cut_to_the_limit_keeping_the_extension_and_whole_letters()
    {
        var shown = UploadName.Display(string.Concat(Enumerable.Repeat("Đánh giá ", 40)) + ".docx", UploadType.Docx);
        Assert.True(shown.Length <= UploadName.MaxLength, shown);
        Assert.EndsWith(".docx", shown);
        Assert.StartsWith("Đánh giá Đánh giá", shown);
    }
}
