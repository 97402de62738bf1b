using System.IO.Compression;

namespace Portal.Workflows.Files;

/// <summary>A type the portal accepts: the extension it is stored under and the Content-Type it is served with.</summary>
public sealed record UploadType(string Extension, string ContentType)
{
    public static readonly UploadType Pdf = new(".pdf", "application/pdf");
    public static readonly UploadType Png = new(".png", "image/png");
    public static readonly UploadType Jpeg = new(".jpg", "image/jpeg");
    public static readonly UploadType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly UploadType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /// <summary>The allow-list, as the refusal names it.</summary>
    public static readonly IReadOnlyList<UploadType> Allowed = [Pdf, Png, Jpeg, Docx, Xlsx];

    /// <summary>
    /// The type the bytes are, from their first bytes (and for Office files their parts), never from the name or the
    /// browser's claim; null when they are none of the allowed types. A zip must be an Office package
    /// (<c>[Content_Types].xml</c>) with the main part of a document or a workbook.
    /// </summary>
    public static UploadType? Of(byte[] bytes)
    {
        var head = bytes.AsSpan();
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(PngSignature)) return Png;
        if (head.StartsWith(JpegSignature)) return Jpeg;
        return head.StartsWith("PK\x03\x04"u8) ? OfficePackage(bytes) : null;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static UploadType? OfficePackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            return zip.GetEntry("xl/workbook.xml") is not null ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null; // a zip header over something that is not a zip
        }
    }
}
