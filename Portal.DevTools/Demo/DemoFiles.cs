using System.Text;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.DevTools.Demo;

/// <summary>The four documents of the procedure as small placeholder PDFs, uploaded by the commune before it submits.</summary>
internal static class DemoFiles
{
    public static readonly IReadOnlyList<(DocumentKind Kind, string Name)> FourDocuments =
    [
        (DocumentKind.RequestLetter, "To-trinh-de-nghi-cong-nhan.pdf"),
        (DocumentKind.SelfAssessmentSheet, "Bang-tu-danh-gia.pdf"),
        (DocumentKind.ExplanatoryNotes, "Thuyet-minh-so-lieu.pdf"),
        (DocumentKind.CouncilMinutes, "Bien-ban-hop-hoi-dong-xa.pdf"),
    ];

    /// <summary>A placeholder as the upload form hands it over; the caller disposes its stream.</summary>
    public static IncomingFile Placeholder(string name)
    {
        var content = Encoding.UTF8.GetBytes($"%PDF-1.4\n% Demo placeholder: {name} (illustrative, not a real document)\n%%EOF\n");
        return new IncomingFile(name, "application/pdf", content.Length, new MemoryStream(content));
    }
}
