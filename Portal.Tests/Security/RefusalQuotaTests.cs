using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;

namespace Portal.Tests.Security;

/// <summary>A loop of refused requests cannot fill the database: the refusal table takes a quota per user and minute.</summary>
[Trait("Category", "Integration")]
public sealed class RefusalQuotaTests
{
    [Fact]
    public async Task A_user_s_refusals_past_the_quota_of_a_minute_are_not_stored_and_the_next_minute_starts_afresh()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 30, 8, 0, 5, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(withSampleUnits: false, configure: s => s.AddSingleton<TimeProvider>(clock));
        var log = db.Services.GetRequiredService<AccessLog>();
        var looping = new UserScope("u-loop", "vong.lap", new HashSet<string>(), null, null);
        var other = new UserScope("u-other", "nguoi.khac", new HashSet<string>(), null, null);

        for (var i = 0; i < RefusalQuota.DefaultPerMinute + 20; i++) await log.RefuseAsync(looping, $"dossier:{i}", "read", "outside");
        await log.RefuseAsync(other, "dossier:1", "read", "outside");
        Assert.Equal(RefusalQuota.DefaultPerMinute, await CountAsync(db, "u-loop"));
        Assert.Equal(1, await CountAsync(db, "u-other"));

        clock.Now = clock.Now.AddMinutes(1);
        await log.RefuseAsync(looping, "dossier:x", "read", "outside");
        Assert.Equal(RefusalQuota.DefaultPerMinute + 1, await CountAsync(db, "u-loop"));
    }

    private static async Task<int> CountAsync(TestDatabase db, string userId)
    {
        await using var context = db.Context();
        return await context.AccessRefusals.CountAsync(r => r.UserId == userId);
    }
}
