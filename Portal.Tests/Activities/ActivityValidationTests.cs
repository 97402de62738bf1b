using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Workflows.Activities;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Activities;

/// <summary>Bad input is refused with every reason in Vietnamese, and a refused change saves nothing (no row, no file).</summary>
[Trait("Category", "Integration")]
public sealed class ActivityValidationTests : IAsyncLifetime
{
    private ActivityTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ActivityTestBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_communication_with_several_problems_is_refused_with_each_of_them_and_nothing_is_saved()
    {
        var before = await _bed.CountsAsync();
        var input = new CommunicationInput(new DateOnly(2026, 12, 5), null, "  ", -3, null, new string('x', 1001));

        var result = await _bed.Activities.AddCommunicationAsync(_bed.Commune, await _bed.UnitIdAsync("22015"), input, null, _bed.Paths);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "Ngày tổ chức không được sau hôm nay.", "Cần chọn loại hoạt động tuyên truyền.", "Cần nhập tên hoạt động.",
            "Số người được tiếp cận không được là số âm.", "Mô tả minh chứng dài quá 1000 ký tự.",
        ], result.Errors);
        Assert.Equal(before, await _bed.CountsAsync());
    }

    [Fact]
    public async Task A_refused_evidence_file_leaves_neither_a_row_nor_a_file()
    {
        using var content = new MemoryStream("MZ"u8.ToArray());
        var file = new IncomingFile("virus.exe", "application/octet-stream", content.Length, content);

        var result = await _bed.Activities.AddCommunicationAsync(_bed.Commune, await _bed.UnitIdAsync("22015"), ActivityTestBed.Talk(), file, _bed.Paths);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Tệp minh chứng chỉ nhận:", Assert.Single(result.Errors));
        Assert.Equal(0, (await _bed.CountsAsync()).Talks);
        Assert.Equal(0, _bed.EvidenceFilesOnDisk);
    }

    [Fact]
    public async Task An_inspection_whose_follow_up_is_due_before_it_was_held_is_refused()
    {
        var input = new InspectionInput(new DateOnly(2026, 9, 10), "Đoàn liên ngành", "Thiếu sổ theo dõi", "Lập sổ", new DateOnly(2026, 9, 1));

        var result = await _bed.Activities.AddInspectionAsync(_bed.District, await _bed.UnitIdAsync("22015"), input);

        Assert.Equal(["Hạn khắc phục không được trước ngày kiểm tra (10/09/2026)."], result.Errors);
        Assert.Equal(0, (await _bed.CountsAsync()).Inspections);
    }

    [Fact]
    public async Task A_safe_model_belongs_to_a_commune_and_cannot_end_before_it_started()
    {
        var district = await _bed.UnitIdAsync("555");
        var input = new SafeModelInput(SafeModelKind.School, "Trường học an toàn", new DateOnly(2025, 9, 5), null);
        Assert.Equal(["Mô hình an toàn được đăng ký theo xã, phường, thị trấn: hãy chọn một xã."],
            (await _bed.Activities.AddSafeModelAsync(_bed.District, district, input)).Errors);

        var added = await _bed.Activities.AddSafeModelAsync(_bed.District, await _bed.UnitIdAsync("22015"), input);
        Assert.True(added.Succeeded);
        var early = await _bed.Activities.EndSafeModelAsync(_bed.Commune, added.Value, new DateOnly(2025, 9, 1));
        Assert.Equal(["Ngày kết thúc không được trước ngày bắt đầu (05/09/2025)."], early.Errors);
        await using (var db = _bed.Db.Context()) Assert.Null((await db.SafeModels.SingleAsync()).EndedOn);

        Assert.True((await _bed.Activities.EndSafeModelAsync(_bed.Commune, added.Value, new DateOnly(2026, 6, 30))).Succeeded);
        Assert.Equal(["Mô hình này đã kết thúc ngày 30/06/2026."],
            (await _bed.Activities.EndSafeModelAsync(_bed.Commune, added.Value, new DateOnly(2026, 7, 1))).Errors);
    }

    [Fact]
    public async Task A_target_is_one_row_per_unit_and_year_and_a_second_save_overwrites_it()
    {
        var tuyHoa = await _bed.UnitIdAsync("555");
        Assert.True((await _bed.Activities.SaveTargetAsync(_bed.District, tuyHoa, 2026, new TargetInput(2, 1, "Nghị quyết HĐND"))).Succeeded);
        Assert.True((await _bed.Activities.SaveTargetAsync(_bed.Province, tuyHoa, 2026, new TargetInput(2, 2, null))).Succeeded);

        await using var db = _bed.Db.Context();
        var target = await db.ProgrammeTargets.SingleAsync();
        Assert.Equal((2, 2, (string?)null, "so.canbo"), (target.TargetRegistered!.Value, target.TargetRecognised!.Value, target.Note, target.UpdatedBy));
        var view = await _bed.Activities.TargetAsync(_bed.Viewer, tuyHoa, 2026);
        Assert.Equal(2, view!.TargetRecognised);
    }

    [Fact]
    public async Task Targets_are_for_units_with_communes_below_and_stay_within_them()
    {
        var tuyHoa = await _bed.UnitIdAsync("555"); // two communes in the sample
        Assert.Equal(["Chỉ tiêu không được vượt số xã, phường, thị trấn trực thuộc (2)."],
            (await _bed.Activities.SaveTargetAsync(_bed.District, tuyHoa, 2026, new TargetInput(3, 1, null))).Errors);
        Assert.Equal(["Số xã phấn đấu được công nhận không được lớn hơn số xã đăng ký."],
            (await _bed.Activities.SaveTargetAsync(_bed.District, tuyHoa, 2026, new TargetInput(1, 2, null))).Errors);
        Assert.Equal(["Cần nhập ít nhất một chỉ tiêu: số xã đăng ký hoặc số xã được công nhận."],
            (await _bed.Activities.SaveTargetAsync(_bed.District, tuyHoa, 2026, new TargetInput(null, null, "chưa có"))).Errors);
        Assert.StartsWith("Chỉ tiêu chỉ đặt cho huyện, tỉnh",
            Assert.Single((await _bed.Activities.SaveTargetAsync(_bed.Commune, await _bed.UnitIdAsync("22015"), 2026, new TargetInput(1, 1, null))).Errors));
        Assert.Equal(0, (await _bed.CountsAsync()).Targets);
    }
}
