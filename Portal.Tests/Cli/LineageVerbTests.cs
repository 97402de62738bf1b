using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Cli;

/// <summary>The lineage verb on the national data (both structures and the merger file, imported as at start-up) in its own data folder.</summary>
[Trait("Category", "Integration")]
public sealed class LineageVerbTests : IDisposable
{
    private readonly TestFolder _dir = new("lineage");

    private async Task<(int? Status, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(["lineage", .. args, $"--Portal:DataDir={_dir.Path}"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_code_of_both_structures_prints_the_new_communes_predecessors_and_the_old_communes_successors_labelled()
    {
        await PortalTemplate.CopyFreshToAsync(_dir);
        var (status, output, _) = await RunAsync("22015");

        Assert.Equal(0, status);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var predecessors = lines.FindIndex(l => l.StartsWith("Phường Tuy Hòa (22015, cấu trúc 2025)", StringComparison.Ordinal));
        var successors = lines.FindIndex(l => l.StartsWith("Phường 1 (22015, cấu trúc 2024)", StringComparison.Ordinal));
        Assert.True(predecessors >= 0 && successors > predecessors, output);
        var before = lines[(predecessors + 1)..successors];
        Assert.Contains("22015,Phường 1,toàn bộ", before);
        Assert.Contains("22018,Phường 2,toàn bộ", before);
        Assert.Contains("22024,Phường 9,một phần", before);
        Assert.Equal(["22015,Phường Tuy Hòa,toàn bộ"], lines[(successors + 1)..]);

        var again = await RunAsync("99999");
        Assert.Equal(1, again.Status);
        Assert.Equal(2, (await RunAsync()).Status);
    }

    public void Dispose() => _dir.Dispose();
}
