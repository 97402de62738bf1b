using System.IO.Compression;
using System.Text;
using Portal.Workflows.Files;

namespace Portal.Tests.Files;

/// <summary>The type of an upload is what its first bytes (and an Office file's parts) say, whatever its name or claim.</summary>
[Trait("Category", "Unit")]
public sealed class UploadTypeTests
{
    public static byte[] Zip(params string[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var part in parts)
                using (var writer = new StreamWriter(zip.CreateEntry(part).Open())) writer.Write("<x/>");
        return buffer.ToArray();
    }

    [Fact]
    public void Pdf_png_and_jpeg_are_known_by_their_signatures()
    {
        Assert.Equal(UploadType.Pdf, UploadType.Of("%PDF-1.7\n..."u8.ToArray()));
        Assert.Equal(UploadType.Png, UploadType.Of([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal(UploadType.Jpeg, UploadType.Of([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
    }

    [Fact]
    public void Office_files_are_zips_with_content_types_and_their_main_part()
    {
        Assert.Equal(UploadType.Docx, UploadType.Of(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(UploadType.Xlsx, UploadType.Of(Zip("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Null(UploadType.Of(Zip("word/document.xml")));                 // no [Content_Types].xml
        Assert.Null(UploadType.Of(Zip("[Content_Types].xml", "evil.js")));    // a package of neither kind
        Assert.Null(UploadType.Of("PK\x03\x04 not really a zip"u8.ToArray()));
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("MZ\u0090\u0000 an executable")]
    [InlineData(" %PDF-1.4 a space first")]
    [InlineData("")]
    public void Anything_else_is_refused(string content) => Assert.Null(UploadType.Of(Encoding.UTF8.GetBytes(content)));
}
