using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Data;
using Portal.Data.Access;
using Portal.Tests.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Audit;
using Portal.Workflows.Faults;

namespace Portal.Tests.Postgres;

/// <summary>What only PostgreSQL's set and setup give (record 0019): its migrations, its times, its audit triggers.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task The_migration_set_builds_an_empty_database_up_to_the_model()
    {
        await using var test = await TestDatabase.CreateOnPostgresAsync(withSampleUnits: false);
        await using var db = test.Context();

        Assert.True(db.Database.IsNpgsql());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Dossiers.CountAsync());
    }

    [Fact]
    public async Task A_time_of_any_kind_is_stored_as_the_utc_instant_it_names()
    {
        await using var test = await TestDatabase.CreateOnPostgresAsync(withSampleUnits: false);
        var unspecified = new DateTime(2026, 12, 7, 2, 0, 0, 123, 456, DateTimeKind.Unspecified);
        await using (var db = test.Context())
        {
            db.AccessRefusals.Add(new AccessRefusal { AtUtc = unspecified, Resource = "unit:1", Action = "read" });
            await db.SaveChangesAsync();
        }
        await using var read = test.Context();
        var stored = (await read.AccessRefusals.SingleAsync()).AtUtc;
        Assert.Equal((unspecified.Ticks, DateTimeKind.Utc), (stored.Ticks, stored.Kind));
        Assert.Equal(1, await read.AccessRefusals.CountAsync(r => r.AtUtc == unspecified));
    }

    [Fact]
    public async Task The_audit_of_a_dossier_walk_verifies_and_refuses_to_be_edited()
    {
        await using var bed = await DossierTestBed.CreateOnPostgresAsync();
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.SubmitAsync(id);

        var report = await bed.Db.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(report.Intact, report.Chain.Break + string.Join("\n", report.Disagreements));
        await using var db = bed.Db.Context();
        var update = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'x'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        Assert.All(new[] { update, delete }, e => Assert.Contains("audit is append-only", e.MessageText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_is_down_or_ends_the_connection_is_a_storage_fault_and_a_broken_rule_is_not()
    {
        await using var refused = new NpgsqlConnection("Host=127.0.0.1;Port=1;Timeout=3;Username=portal_test");
        Assert.True(StorageFaults.Is(await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync())));

        await using var test = await TestDatabase.CreateOnPostgresAsync(withSampleUnits: false);
        await using var connection = new NpgsqlConnection(test.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend(pg_backend_pid())", connection);
        Assert.True(StorageFaults.Is(await Assert.ThrowsAnyAsync<NpgsqlException>(() => command.ExecuteNonQueryAsync())));
        Assert.False(StorageFaults.Is(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Data_protection_keys_live_in_the_database_so_another_instance_reads_what_one_protected(bool postgres)
    {
        await using var test = postgres ? await TestDatabase.CreateOnPostgresAsync(withSampleUnits: false) : await TestDatabase.CreateOnFileAsync();
        string secret;
        await using (var first = Instance(test)) secret = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("phường 1");
        await using var second = Instance(test);

        Assert.Equal("phường 1", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        await using var db = test.Context();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Entity == "DataProtectionKeys")); // secrets stay out of the audit
    }

    /// <summary>A portal instance's data protection, set up as PortalDataSetup does, over the test's database.</summary>
    private static ServiceProvider Instance(TestDatabase test)
    {
        var services = new ServiceCollection();
        test.AddTo(services);
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        return services.BuildServiceProvider();
    }
}
