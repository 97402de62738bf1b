using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;

namespace Portal.Tests.Activities;

/// <summary>
/// A real database with the sample units (Phú Yên: Tuy Hoà 555 with 22015 and 22045, Sông Cầu 557), a clock on
/// 29/11/2026 in Vietnam, and a scope for each kind of reader the activities rules tell apart.
/// </summary>
public sealed class ActivityTestBed : IAsyncDisposable
{
    public TestDatabase Db { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
    public ActivityService Activities => Db.Services.GetRequiredService<ActivityService>();
    public ActivityStatistics Statistics => Db.Services.GetRequiredService<ActivityStatistics>();
    public PortalDataPaths Paths => Db.Services.GetRequiredService<PortalDataPaths>();
    public UserScope Province { get; private set; } = UserScope.Anonymous;
    public UserScope Viewer { get; private set; } = UserScope.Anonymous;
    public UserScope District { get; private set; } = UserScope.Anonymous;
    public UserScope Commune { get; private set; } = UserScope.Anonymous;
    public UserScope OtherCommune { get; private set; } = UserScope.Anonymous;

    public static async Task<ActivityTestBed> CreateAsync()
    {
        var bed = new ActivityTestBed();
        bed.Db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(bed.Clock));
        bed.Province = await bed.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        bed.Viewer = await bed.ScopeAsync("tinh.quansat", PortalRoles.Viewer, "54");
        bed.District = await bed.ScopeAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        bed.Commune = await bed.ScopeAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        bed.OtherCommune = await bed.ScopeAsync("binhkien.canbo", PortalRoles.CommuneOfficer, "22045");
        return bed;
    }

    public async Task<UserScope> ScopeAsync(string name, string role, string code)
    {
        var unit = await Db.UnitAsync(code);
        return new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    public async Task<int> UnitIdAsync(string code) => (await Db.UnitAsync(code)).Id;

    /// <summary>How many rows each activity table holds: what "nothing was saved" is checked against.</summary>
    public async Task<(int Targets, int Talks, int Models, int Inspections)> CountsAsync()
    {
        await using var db = Db.Context();
        return (await db.ProgrammeTargets.CountAsync(), await db.CommunicationActivities.CountAsync(),
            await db.SafeModels.CountAsync(), await db.Inspections.CountAsync());
    }

    public async Task<int> RefusalsAsync(string userName)
    {
        await using var db = Db.Context();
        return await db.AccessRefusals.CountAsync(r => r.UserName == userName);
    }

    public string EvidenceFolder => Path.Combine(Paths.Uploads, "activities");

    public int EvidenceFilesOnDisk => Directory.Exists(EvidenceFolder) ? Directory.GetFiles(EvidenceFolder).Length : 0;

    public static CommunicationInput Talk(string title = "Phát động Tháng hành động vì trẻ em", DateOnly? date = null) =>
        new(date ?? new DateOnly(2026, 6, 1), Data.Activities.CommunicationKind.ActionMonth, title, 120, "Học sinh", "Biên bản");

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
