using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Backups;

namespace Portal.Tests.Backups;

/// <summary>The daily backup job: once a day whatever the number of runs, the last N archives kept.</summary>
[Trait("Category", "Integration")]
public sealed class BackupJobTests
{
    [Fact]
    public async Task Makes_one_archive_a_day_and_keeps_the_last_three()
    {
        var clock = new TestClock(TestClock.WebStart);
        await using var db = await TestDatabase.CreateOnFileAsync(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new BackupSettings(null, 3));
        });
        var job = db.Services.GetRequiredService<BackupJob>();
        var folder = db.Services.GetRequiredService<BackupSettings>().FolderUnder(db.Services.GetRequiredService<PortalDataPaths>());

        Assert.Equal(1, await job.RunAsync());
        Assert.Equal(0, await job.RunAsync());
        for (var day = 0; day < 5; day++)
        {
            clock.AdvanceDays(1);
            Assert.Equal(1, await job.RunAsync());
        }

        var kept = BackupJob.Archives(folder).Select(Path.GetFileName).ToList();
        Assert.Equal(["portal-2026-12-10.zip", "portal-2026-12-11.zip", "portal-2026-12-12.zip"], kept);
        var restored = await PortalRestore.RunAsync(Path.Combine(folder, kept[^1]!), Path.Combine(folder, "check"));
        Assert.True(restored.Succeeded, string.Join("; ", restored.Errors));
        Assert.True(restored.Value!.Tables["Units"] > 0);
    }

    [Fact]
    public async Task Keep_zero_turns_it_off()
    {
        await using var db = await TestDatabase.CreateOnFileAsync(s => s.AddSingleton(new BackupSettings(null, 0)));
        Assert.Equal(0, await db.Services.GetRequiredService<BackupJob>().RunAsync());
        var folder = db.Services.GetRequiredService<BackupSettings>().FolderUnder(db.Services.GetRequiredService<PortalDataPaths>());
        Assert.False(Directory.Exists(folder));
    }
}
