using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Audit;

namespace Portal.Tests.Audit;

/// <summary>Writers at once on a database file, each on its own connection as in the portal: the chain does not fork.</summary>
[Trait("Category", "Integration")]
public class AuditConcurrencyTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    /// <summary>The database the tests run on: SQLite here, PostgreSQL in the subclass of Portal.Tests.Postgres.</summary>
    protected virtual Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnFileAsync();
    public async Task InitializeAsync() => _bed = await CreateBedAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Four_writers_at_once_leave_one_unbroken_chain()
    {
        var log = _bed.Db.Services.GetRequiredService<AccessLog>();
        var writers = new[] { _bed.CommuneOfficer, _bed.CommuneLeader, _bed.OtherCommuneOfficer, _bed.DistrictOfficer }
            .Select(scope => Task.Run(async () =>
            {
                for (var i = 0; i < 10; i++) await log.RefuseAsync(scope, $"dossier:{i}", "read", "concurrency");
            }));
        await Task.WhenAll(writers);

        var report = await _bed.Db.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(report.Intact, report.Chain.Break + string.Join("\n", report.Disagreements));
        await using var db = _bed.Db.Context();
        Assert.Equal(40, await db.AuditEntries.CountAsync(a => a.Entity == "AccessRefusals"));
    }
}
