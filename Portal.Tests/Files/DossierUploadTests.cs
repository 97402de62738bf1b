using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Files;

namespace Portal.Tests.Files;

/// <summary>Uploads to a dossier: checked after the access check, typed by their bytes, stored by generated names only.</summary>
[Trait("Category", "Integration")]
public sealed class DossierUploadTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private DossierTestBed _bed = null!;
    private int _id;

    public async Task InitializeAsync()
    {
        _bed = await DossierTestBed.CreateAsync();
        _id = (await _bed.DossierAsync("22015")).Id;
        await _bed.StepAsync(_bed.CommuneOfficer, _id, DossierTrigger.StartSelfAssessment);
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private string Folder => Path.Combine(_bed.Paths.Uploads, _id.ToString(CultureInfo.InvariantCulture));
    private string[] OnDisk() => Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];

    private async Task<Portal.Workflows.Outcomes.Outcome<int>> UploadAsync(Portal.Workflows.Access.UserScope who, string name, string claim, byte[] bytes)
    {
        using var content = new MemoryStream(bytes);
        return await _bed.Files.AddAsync(who, _id, await _bed.VersionAsync(_id), DocumentKind.Evidence, null, new IncomingFile(name, claim, bytes.Length, content));
    }

    [Fact]
    public async Task The_bytes_decide_the_type_and_the_sent_name_is_only_shown_cleaned()
    {
        Assert.True((await UploadAsync(_bed.CommuneOfficer, "..\\..\\ảnh\u202E.pdf", "application/pdf", Png)).Succeeded);
        await using var db = _bed.Db.Context();
        var row = await db.DossierFiles.SingleAsync();
        Assert.Equal(("image/png", "ảnh.png"), (row.ContentType, row.OriginalName));
        Assert.Matches("^[0-9a-f]{32}\\.png$", row.StoredName);
        Assert.Equal([Path.Combine(Folder, row.StoredName)], OnDisk()); // no temporary file left
        var opened = (await _bed.Files.OpenAsync(_bed.DistrictOfficer, row.Id)).Value!;
        Assert.Equal(("image/png", "ảnh.png"), (opened.ContentType, opened.OriginalName));
    }

    [Fact]
    public async Task A_page_named_pdf_is_refused_and_nothing_is_written()
    {
        var result = await UploadAsync(_bed.CommuneOfficer, "Tờ trình.pdf", "application/pdf", "<html><script>alert(1)</script>"u8.ToArray());
        Assert.False(result.Succeeded);
        Assert.Empty(OnDisk());
    }

    [Fact]
    public async Task An_outsiders_upload_is_refused_before_any_byte_is_written()
    {
        var result = await UploadAsync(_bed.OtherCommuneOfficer, "x.pdf", "application/pdf", "%PDF-1.4 x"u8.ToArray());
        Assert.False(result.Succeeded);
        Assert.Empty(OnDisk());
        await using var db = _bed.Db.Context();
        Assert.Contains(await db.AccessRefusals.ToListAsync(), r => r.Resource == $"dossier:{_id}" && r.UserName == "binhkien.canbo");
    }

    [Fact]
    public async Task A_row_from_before_the_check_is_served_as_plain_bytes_not_as_its_claim()
    {
        Assert.True((await UploadAsync(_bed.CommuneOfficer, "a.pdf", "application/pdf", "%PDF-1.4 x"u8.ToArray())).Succeeded);
        await using var db = _bed.Db.Context();
        await db.DossierFiles.ExecuteUpdateAsync(s => s.SetProperty(f => f.ContentType, "text/html"));
        var id = await db.DossierFiles.Select(f => f.Id).SingleAsync();
        Assert.Equal("application/octet-stream", (await _bed.Files.OpenAsync(_bed.CommuneOfficer, id)).Value!.ContentType);
    }

    [Fact]
    public async Task The_start_up_sweep_removes_temporary_and_unrecorded_files_older_than_a_day_only()
    {
        Assert.True((await UploadAsync(_bed.CommuneOfficer, "a.pdf", "application/pdf", "%PDF-1.4 x"u8.ToArray())).Succeeded);
        var recorded = Assert.Single(OnDisk());
        var now = DateTime.UtcNow;
        string Make(string name, double daysOld)
        {
            var path = Path.Combine(Folder, name);
            File.WriteAllBytes(path, [1]);
            File.SetLastWriteTimeUtc(path, now.AddDays(-daysOld));
            return path;
        }
        var (crashedWrite, crashedSave, fresh) = (Make("aa.pdf.tmp", 2), Make("bb.pdf", 2), Make("cc.pdf", 0.5));
        File.SetLastWriteTimeUtc(recorded, now.AddDays(-2));

        await using var db = _bed.Db.Context();
        Assert.Equal(2, await UploadSweep.RunAsync(db, _bed.Paths, now));
        Assert.Equal(new[] { fresh, recorded }.Order(), OnDisk().Order());
        Assert.False(File.Exists(crashedWrite) || File.Exists(crashedSave));
    }
}
