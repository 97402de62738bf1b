using System.IO.Compression;
using System.Security.Cryptography;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Workflows.Backups;

namespace Portal.Tests.Backups;

/// <summary>backup and restore through the verbs, on a copy of the demo data (what `dotnet run` makes).</summary>
[Trait("Category", "Integration")]
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private readonly TestFolder _source = new("backup-source");
    private readonly TestFolder _work = new("backup-work");

    public async Task InitializeAsync()
    {
        await PortalTemplate.CopyDemoToAsync(_source);
        // An uploaded file in a dossier's folder, as a commune's upload leaves it.
        Directory.CreateDirectory(_source.File("uploads/1"));
        await File.WriteAllBytesAsync(_source.File("uploads/1/bien-ban.pdf"), "%PDF-1.4 biên bản"u8.ToArray());
    }

    public Task DisposeAsync()
    {
        _source.Dispose();
        _work.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<(int? Status, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private async Task<string> BackupAsync()
    {
        var archive = _work.File("portal.zip");
        var made = await RunAsync("backup", archive, $"--Portal:DataDir={_source.Path}");
        Assert.True(made.Status == 0, made.Err);
        Assert.Contains("Đã sao lưu", made.Out);
        return archive;
    }

    [Fact]
    public async Task Restore_brings_back_every_row_and_every_file()
    {
        var archive = await BackupAsync();
        var target = _work.File("restored");
        var restored = await RunAsync("restore", archive, $"--Portal:DataDir={target}");
        Assert.True(restored.Status == 0, restored.Err);

        var (before, _) = SqliteSnapshot.Describe(_source.File("portal.db"));
        var (after, _) = SqliteSnapshot.Describe(Path.Combine(target, "portal.db"));
        Assert.True(before["Dossiers"] > 0 && before["AspNetUsers"] > 0, "the demo data has dossiers and accounts");
        Assert.Equal(before, after);
        var files = PortalBackup.DataFiles(_source.Path).ToList();
        Assert.Contains(files, f => f.Entry == "uploads/1/bien-ban.pdf");
        foreach (var (entry, file) in files)
            Assert.Equal(Hash(file), Hash(Path.Combine(target, entry)));
        Assert.Equal(files.Count, PortalBackup.DataFiles(target).Count());
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var archive = await BackupAsync();
        var result = await RunAsync("restore", archive, $"--Portal:DataDir={_source.Path}");
        Assert.Equal(1, result.Status);
        Assert.Contains("không trống", result.Err);
        Assert.True(File.Exists(_source.File("uploads/1/bien-ban.pdf")));
    }

    [Fact]
    public async Task A_changed_file_in_the_archive_is_refused_and_nothing_is_put_in_place()
    {
        var archive = await BackupAsync();
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            zip.GetEntry("uploads/1/bien-ban.pdf")!.Delete();
            await using var forged = zip.CreateEntry("uploads/1/bien-ban.pdf").Open();
            await forged.WriteAsync("%PDF-1.4 giả mạo"u8.ToArray());
        }
        var target = _work.File("restored");
        var result = await RunAsync("restore", archive, $"--Portal:DataDir={target}");
        Assert.Equal(1, result.Status);
        Assert.Contains("uploads/1/bien-ban.pdf", result.Err);
        Assert.Contains("SHA-256", result.Err);
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetDirectories(_work.Path, "restored*"));
    }

    [Fact]
    public async Task A_missing_database_is_refused()
    {
        var archive = await BackupAsync();
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
            zip.GetEntry("portal.db")!.Delete();
        var result = await RunAsync("restore", archive, $"--Portal:DataDir={_work.File("restored")}");
        Assert.Equal(1, result.Status);
        Assert.Contains("Thiếu tệp portal.db", result.Err);
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
