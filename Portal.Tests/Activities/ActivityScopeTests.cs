using Microsoft.EntityFrameworkCore;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Activities;

/// <summary>The scope rule on activities: a commune sees and changes only its own, a viewer only reads, refusals are logged.</summary>
[Trait("Category", "Integration")]
public sealed class ActivityScopeTests : IAsyncLifetime
{
    private ActivityTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ActivityTestBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_commune_officer_cannot_add_to_another_commune_and_the_refusal_is_logged()
    {
        var binhKien = await _bed.UnitIdAsync("22045");

        Assert.True((await _bed.Activities.AddCommunicationAsync(_bed.Commune, binhKien, ActivityTestBed.Talk(), null, _bed.Paths)).IsRefused);
        Assert.True((await _bed.Activities.AddInspectionAsync(_bed.Commune, binhKien,
            new InspectionInput(new(2026, 5, 1), "Đoàn", "Tốt", null, null))).IsRefused);

        Assert.Equal(2, await _bed.RefusalsAsync("phuong1.canbo"));
        Assert.Equal((0, 0, 0, 0), await _bed.CountsAsync());
    }

    [Fact]
    public async Task A_commune_officer_reads_only_their_own_communes_activities()
    {
        var (phuong1, binhKien) = (await _bed.UnitIdAsync("22015"), await _bed.UnitIdAsync("22045"));
        Assert.True((await _bed.Activities.AddCommunicationAsync(_bed.Commune, phuong1, ActivityTestBed.Talk("Của Phường 1"), null, _bed.Paths)).Succeeded);
        Assert.True((await _bed.Activities.AddCommunicationAsync(_bed.OtherCommune, binhKien, ActivityTestBed.Talk("Của Bình Kiến"), null, _bed.Paths)).Succeeded);

        Assert.Equal(["Của Phường 1"], (await _bed.Activities.CommunicationsAsync(_bed.Commune)).Select(r => r.Title));
        await Assert.ThrowsAsync<AccessRefusedException>(() => _bed.Activities.CommunicationsAsync(_bed.Commune, binhKien, 2026));
        Assert.True((await _bed.Activities.UnitAsync(_bed.Commune, binhKien)).IsRefused);
        Assert.Equal(2, await _bed.RefusalsAsync("phuong1.canbo"));

        var district = await _bed.Activities.CommunicationsAsync(_bed.District, await _bed.UnitIdAsync("555"), 2026);
        Assert.Equal(["Của Bình Kiến", "Của Phường 1"], district.Select(r => r.Title).Order());
        Assert.All(district, r => Assert.True(r.CanChange));
        Assert.Empty(await _bed.Activities.CommunicationsAsync(_bed.District, await _bed.UnitIdAsync("555"), 2025));
    }

    [Fact]
    public async Task A_viewer_reads_everything_of_the_province_but_changes_nothing()
    {
        var phuong1 = await _bed.UnitIdAsync("22015");
        var added = await _bed.Activities.AddCommunicationAsync(_bed.Commune, phuong1, ActivityTestBed.Talk(), null, _bed.Paths);

        var rows = await _bed.Activities.CommunicationsAsync(_bed.Viewer, await _bed.UnitIdAsync("54"), 2026);
        Assert.False(Assert.Single(rows).CanChange);
        Assert.False((await _bed.Activities.UnitAsync(_bed.Viewer, phuong1)).Value!.CanChange);
        Assert.True((await _bed.Activities.DeleteCommunicationAsync(_bed.Viewer, added.Value, _bed.Paths)).IsRefused);
        var tuyHoa = await _bed.UnitIdAsync("555");
        Assert.True((await _bed.Activities.SaveTargetAsync(_bed.Viewer, tuyHoa, 2026, new TargetInput(1, 1, null))).IsRefused);

        Assert.Equal(2, await _bed.RefusalsAsync("tinh.quansat"));
        Assert.Equal((0, 1, 0, 0), await _bed.CountsAsync());
    }

    [Fact]
    public async Task Closing_a_follow_up_from_a_stale_page_is_refused_and_the_version_rises_on_every_change()
    {
        var added = await _bed.Activities.AddInspectionAsync(_bed.District, await _bed.UnitIdAsync("22015"),
            new InspectionInput(new(2026, 9, 10), "Đoàn liên ngành thành phố", "Sổ theo dõi chưa cập nhật", "Cập nhật sổ", new(2026, 10, 30)));
        var seen = Assert.Single(await _bed.Activities.InspectionsAsync(_bed.Commune)); // both pages show version 1
        Assert.Equal(1, seen.Version);

        var first = await _bed.Activities.RecordFollowUpDoneAsync(_bed.Commune, added.Value, seen.Version, new(2026, 10, 20));
        var second = await _bed.Activities.RecordFollowUpDoneAsync(_bed.District, added.Value, seen.Version, new(2026, 10, 25));

        Assert.True(first.Succeeded);
        Assert.True(second.IsConflict);
        Assert.Equal(["Biên bản kiểm tra vừa được người khác cập nhật. Chưa có gì thay đổi; hãy tải lại danh sách và thử lại."], second.Errors);
        await using var db = _bed.Db.Context();
        var saved = await db.Inspections.SingleAsync();
        Assert.Equal((2, new DateOnly(2026, 10, 20)), (saved.Version, saved.FollowUpDoneOn!.Value));
    }

    [Fact]
    public async Task Evidence_is_stored_outside_the_web_root_served_within_scope_and_removed_with_its_activity()
    {
        using var content = new MemoryStream("%PDF-1.4 bien ban"u8.ToArray());
        var file = new IncomingFile("Biên bản.pdf", "application/pdf", content.Length, content);
        var added = await _bed.Activities.AddCommunicationAsync(_bed.Commune, await _bed.UnitIdAsync("22015"), ActivityTestBed.Talk(), file, _bed.Paths);
        Assert.True(added.Succeeded);
        var id = added.Value;

        var opened = await _bed.Activities.OpenEvidenceAsync(_bed.District, id, _bed.Paths);
        Assert.Equal("Biên bản.pdf", opened!.Value.FileName);
        Assert.StartsWith(_bed.EvidenceFolder, opened.Value.Path, StringComparison.Ordinal);
        Assert.Null(await _bed.Activities.OpenEvidenceAsync(_bed.OtherCommune, id, _bed.Paths));
        Assert.Equal(1, await _bed.RefusalsAsync("binhkien.canbo"));

        Assert.True((await _bed.Activities.DeleteCommunicationAsync(_bed.Commune, id, _bed.Paths)).Succeeded);
        Assert.Equal(0, _bed.EvidenceFilesOnDisk);
        Assert.Equal(0, (await _bed.CountsAsync()).Talks);
    }
}
