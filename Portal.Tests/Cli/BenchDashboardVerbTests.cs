using Portal.Tests.Dashboard;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Cli;

/// <summary>The dashboard benchmark prints its figures and checks them against SQL; it never asserts a time.</summary>
[Trait("Category", "Integration")]
public sealed class BenchDashboardVerbTests : IDisposable
{
    private readonly TestFolder _dir = new("bench");

    private async Task<(int? Status, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(["bench-dashboard", .. args, $"--Portal:DataDir={_dir.Path}"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Prints_each_operation_against_the_baseline_and_confirms_the_figures()
    {
        await using (var db = await TestDatabase.CreateOnFileAsync(file: _dir.File("portal.db")))
            await DashboardData.SeedAsync(db);

        var (status, output, error) = await RunAsync("--year", "2025", "--province", "54", "--repeat", "2");

        Assert.True(status == 0, error);
        Assert.Contains("Năm 2025, 2 lần đo", output);
        Assert.Contains("Cả nước", output);
        Assert.Contains("Tỉnh Phú Yên", output);
        Assert.Equal(2, output.Split('\n').Count(l => l.Contains("Cơ sở: đếm trực tiếp bằng SQL") && l.TrimEnd().EndsWith("1.00")));
        Assert.Contains("khớp với đếm trực tiếp", output);
    }

    [Fact]
    public async Task On_seed_national_data_the_dashboard_figures_match_sql()
    {
        await PortalTemplate.CopyFreshToAsync(_dir);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await PortalCli.TryRunAsync(["seed-national", "--rounds", "2", "--province", "48", $"--Portal:DataDir={_dir.Path}"], stdout, stderr));

        var (status, output, error) = await RunAsync("--province", "48", "--repeat", "1");

        Assert.True(status == 0, error + output);
        Assert.Contains("Thành phố Đà Nẵng", output);
        Assert.Contains("khớp với đếm trực tiếp", output);
    }

    [Fact]
    public async Task Refuses_an_empty_database_and_bad_options()
    {
        Assert.Equal(1, (await RunAsync()).Status);
        Assert.Equal(2, (await RunAsync("--repeat", "0")).Status);
        Assert.Equal(2, (await RunAsync("--year")).Status);
    }

    public void Dispose() => _dir.Dispose();
}
