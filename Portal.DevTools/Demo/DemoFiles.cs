using System.Globalization;
using System.Text;
using Portal.Data.Dossiers;
using Portal.Data;

namespace Portal.DevTools.Demo;

/// <summary>The four documents of the procedure as small placeholder files, for demo dossiers that were submitted.</summary>
internal static class DemoFiles
{
    private static readonly (DocumentKind Kind, string Name)[] Documents =
    [
        (DocumentKind.RequestLetter, "To-trinh-de-nghi-cong-nhan.pdf"),
        (DocumentKind.SelfAssessmentSheet, "Bang-tu-danh-gia.pdf"),
        (DocumentKind.ExplanatoryNotes, "Thuyet-minh-so-lieu.pdf"),
        (DocumentKind.CouncilMinutes, "Bien-ban-hop-hoi-dong-xa.pdf"),
    ];

    public static void AddFourDocuments(Dossier d, string user, DateTime at)
    {
        foreach (var (kind, name) in Documents)
            d.Files.Add(new DossierFile
            {
                Kind = kind, OriginalName = name, StoredName = Guid.NewGuid().ToString("N") + ".pdf",
                ContentType = "application/pdf", SizeBytes = Content(name).Length, UploadedBy = user, UploadedAtUtc = at,
            });
    }

    /// <summary>Writes the files of saved dossiers where the portal keeps uploads (by dossier id and stored name).</summary>
    public static async Task WriteAsync(IEnumerable<Dossier> dossiers, PortalDataPaths paths, CancellationToken ct)
    {
        foreach (var d in dossiers.Where(d => d.Files.Count > 0))
        {
            var folder = Path.Combine(paths.Uploads, d.Id.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            foreach (var f in d.Files)
                await File.WriteAllBytesAsync(Path.Combine(folder, f.StoredName), Content(f.OriginalName), ct);
        }
    }

    private static byte[] Content(string name) =>
        Encoding.UTF8.GetBytes($"%PDF-1.4\n% Demo placeholder: {name} (illustrative, not a real document)\n%%EOF\n");
}
