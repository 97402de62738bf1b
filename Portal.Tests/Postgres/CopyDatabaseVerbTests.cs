using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Data;
using Portal.Data.Providers;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Workflows.Texts;
using Xunit.Abstractions;

namespace Portal.Tests.Postgres;

/// <summary>copy-database --to-postgres moves the demo's SQLite data into an empty PostgreSQL database, and no other.</summary>
[Trait("Category", "Integration")]
public sealed class CopyDatabaseVerbTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestFolder _source = new("copy-source");
    private string _target = "";

    public async Task InitializeAsync()
    {
        await PortalTemplate.CopyDemoToAsync(_source);
        _target = await PostgresServer.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        _source.Dispose();
        await PostgresServer.DropDatabaseAsync(_target);
    }

    private async Task<(int? Status, string Out, string Err)> CopyAsync()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(["copy-database", "--to-postgres", _target, $"--Portal:DataDir={_source.Path}"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_demo_data_arrives_whole_with_its_audit_verifying_and_a_second_copy_is_refused()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var copied = await CopyAsync();
        output.WriteLine($"copy-database of the demo data: {watch.Elapsed.TotalSeconds:0.0} s\n{copied.Out}");

        Assert.True(copied.Status == 0, copied.Out + copied.Err);
        Assert.Contains("Nhật ký kiểm toán trên đích: chuỗi nguyên vẹn", copied.Out);
        var (source, target) = (await CountsAsync(o => o.UseSqlite($"Data Source={_source.File("portal.db")};Pooling=False")),
            await CountsAsync(o => o.UsePortalPostgres(_target)));
        Assert.Equal(source, target);
        Assert.True(source["AuditEntries"] > 0 && source["Dossiers"] > 0 && source["AspNetUsers"] > 0, string.Join(", ", source));

        var again = await CopyAsync();
        Assert.Equal(1, again.Status);
        Assert.StartsWith(WorkflowText.Get("Copy.Refused", "").Split(':')[0], again.Err, StringComparison.Ordinal);
        Assert.Equal(target, await CountsAsync(o => o.UsePortalPostgres(_target)));
    }

    /// <summary>Every table of the model and its row count, read through EF on either provider.</summary>
    private static async Task<SortedDictionary<string, int>> CountsAsync(Action<DbContextOptionsBuilder> provider)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        provider(options);
        await using var db = new PortalDbContext(options.Options);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            counts[type.GetTableName()!] = await set.CountAsync();
        }
        return counts;
    }
}
