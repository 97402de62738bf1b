using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Faults;
using Portal.Workflows.Files;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using Xunit.Abstractions;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14 item 4: the data folder read-only, and the disk under it full, made real under a file database and its
/// uploads. Saving and uploading answer the Vietnamese "nothing saved, try again" every time, nothing is half-written
/// (no row, no version, no upload file), the same calls succeed by themselves once the fault clears, and the fault is
/// logged once and its end once — not once per request.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DiskFaultTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_read_only_data_folder_refuses_with_try_again_writes_nothing_and_recovers() => RunAsync(FolderFault.ReadOnly);

    [Fact]
    public Task A_full_disk_refuses_with_try_again_writes_nothing_and_recovers() => RunAsync(FolderFault.Full);

    private async Task RunAsync(Func<string, FolderFault> makeFault)
    {
        var log = new FaultLogger();
        await using var bed = await DossierTestBed.CreateOnFileAsync(s => s.AddSingleton<ILogger<StorageFaults>>(log));
        var id = (await bed.DossierAsync("22015")).Id;
        var version = await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        var before = await WrittenAsync(bed, id);
        using var fault = makeFault(Path.GetDirectoryName(bed.Db.FilePath)!);
        if (fault.Unavailable is { } why)
        {
            output.WriteLine($"Not run on this machine: {why}");
            return;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            TryAgain(await SaveAsync(bed, id, version));
            TryAgain(await UploadAsync(bed, id, version));
        }
        fault.Clear();
        Assert.Equal(before, await WrittenAsync(bed, id));
        Assert.Empty(Directory.Exists(bed.Paths.Uploads) ? Directory.EnumerateFiles(bed.Paths.Uploads, "*", SearchOption.AllDirectories) : []);

        var saved = await SaveAsync(bed, id, version);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        var uploaded = await UploadAsync(bed, id, saved.Value);
        Assert.True(uploaded.Succeeded, string.Join("; ", uploaded.Errors));
        Assert.Equal(["error", "warning"], log.Levels);
    }

    private static void TryAgain(Outcome<int> refused)
    {
        Assert.Equal(OutcomeKind.Unavailable, refused.Kind);
        Assert.Contains("thử lại", Assert.Single(refused.Errors));
    }

    private static Task<Outcome<int>> SaveAsync(DossierTestBed bed, int id, int version) =>
        bed.Edits.SaveSelfInputsAsync(bed.CommuneOfficer, id, version,
            [new("2", CriterionInput.ForRate(1150, 1200), null), new("5", CriterionInput.ForRate(3, 1200), null)]);

    private static async Task<Outcome<int>> UploadAsync(DossierTestBed bed, int id, int version)
    {
        using var content = new MemoryStream([.. "%PDF-1.4 "u8, .. new byte[256 * 1024]]);
        return await bed.Files.AddAsync(bed.CommuneOfficer, id, version, DocumentKind.RequestLetter, null,
            new IncomingFile("to-trinh.pdf", "application/pdf", content.Length, content));
    }

    /// <summary>What a change would have written: the dossier's version, its entered figures and its files.</summary>
    private static async Task<string> WrittenAsync(DossierTestBed bed, int id)
    {
        await using var db = bed.Db.Context();
        var version = await db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
        return $"v{version} figures {await db.CriterionEntries.CountAsync(e => e.DossierId == id && e.SelfInputJson != null)}"
            + $" files {await db.DossierFiles.CountAsync(f => f.DossierId == id)}";
    }
}
