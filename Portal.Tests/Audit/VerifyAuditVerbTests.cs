using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Audit;

/// <summary>verify-audit over the demo data folder: what `dotnet run` makes in Development, seven rounds of history.</summary>
[Collection(WebCollection.Name)] // the demo template is made by a portal start: with the web hosts, not beside other tests
[Trait("Category", "Integration")]
public sealed class VerifyAuditVerbTests : IAsyncLifetime
{
    private readonly TestFolder _dir = new("verify-audit");

    public async Task InitializeAsync() => await PortalTemplate.CopyDemoToAsync(_dir);

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(int? Status, string Out)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var status = await PortalCli.TryRunAsync(["verify-audit", .. args, $"--Portal:DataDir={_dir.Path}"], stdout, new StringWriter());
        return (status, stdout.ToString());
    }

    private void Sql(params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={_dir.File("portal.db")};Pooling=False");
        connection.Open();
        foreach (var sql in new[] { "DROP TRIGGER AuditEntries_no_update", "DROP TRIGGER AuditEntries_no_delete" }.Concat(statements))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task The_demo_history_agrees_with_its_audit_and_an_edit_exits_1_naming_the_row()
    {
        var clean = await RunAsync();
        Assert.True(clean.Status == 0, clean.Out);
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", clean.Out);

        Sql("UPDATE AuditEntries SET Data = replace(Data, 'Recognize', 'Withdraw') WHERE Id = (SELECT MIN(Id) FROM AuditEntries WHERE Data LIKE '%Recognize%')",
            "UPDATE DossierEvents SET UserName = 'ke.gia.mao' WHERE Id = (SELECT MAX(Id) FROM DossierEvents)");
        var broken = await RunAsync();
        Assert.Equal(1, broken.Status);
        Assert.Contains("Chuỗi nhật ký bị phá vỡ tại dòng", broken.Out);
        Assert.Contains("ke.gia.mao", broken.Out);
    }

    [Fact]
    public async Task A_chain_rewritten_whole_loses_the_anchor_written_down_before()
    {
        var head = System.Text.RegularExpressions.Regex.Match((await RunAsync()).Out, @"dòng cuối (\d+), mã băm ([0-9a-f]{64})");
        Assert.True(head.Success);
        Assert.Equal(0, (await RunAsync("--anchor", $"{head.Groups[1].Value}:{head.Groups[2].Value}")).Status);
        Sql($"UPDATE AuditEntries SET Hash = (CASE WHEN substr(Hash, 1, 1) = '0' THEN '1' ELSE '0' END) || substr(Hash, 2) WHERE Id = {head.Groups[1].Value}");
        var lost = await RunAsync("--anchor", $"{head.Groups[1].Value}:{head.Groups[2].Value}");
        Assert.Equal(1, lost.Status);
        Assert.Contains($"không còn mã băm {head.Groups[2].Value}", lost.Out);
    }
}
