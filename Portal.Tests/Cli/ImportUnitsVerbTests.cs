using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Cli;

/// <summary>The import-units verb against a real SQLite file in its own data folder.</summary>
[Trait("Category", "Integration")]
public sealed class ImportUnitsVerbTests : IDisposable
{
    private readonly TestFolder _dir = new("cli");

    private async Task<(int? Status, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync([.. args, $"--Portal:DataDir={_dir.Path}"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private string WriteFile(string text)
    {
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }

    private long CountUnits()
    {
        var path = _dir.File("portal.db");
        if (!File.Exists(path)) return 0;
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Units";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Imports_a_file_and_a_second_run_adds_nothing()
    {
        var file = WriteFile(TestDatabase.SampleCsv);
        var first = await RunAsync("import-units", file, "--structure", "TEST", "--new-structure");
        Assert.Equal(0, first.Status);
        Assert.Contains("đã thêm 10 đơn vị", first.Out);
        var second = await RunAsync("import-units", file, "--structure", "TEST");
        Assert.Equal(0, second.Status);
        Assert.Contains("đã thêm 0 đơn vị, 10 đơn vị đã có sẵn", second.Out);
        Assert.Equal(10, CountUnits());
    }

    [Fact]
    public async Task Refuses_a_file_with_a_malformed_row_naming_the_line_and_importing_nothing()
    {
        var lines = TestDatabase.SampleCsv.Split('\n').ToList();
        lines[4] = "54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,2204X,Xã Bình Kiến,Xã";
        var result = await RunAsync("import-units", WriteFile(string.Join('\n', lines)));
        Assert.Equal(1, result.Status);
        Assert.Contains("Dòng 5:", result.Err);
        Assert.Contains("2204X", result.Err);
        Assert.Equal(0, CountUnits());
    }

    [Theory]
    [InlineData("2024/54")]
    [InlineData("..")]
    [InlineData("TEST X")]
    public async Task A_structure_code_that_is_not_a_plain_code_is_refused_with_status_2(string code)
    {
        var result = await RunAsync("import-units", WriteFile(TestDatabase.SampleCsv), "--structure", code, "--new-structure");
        Assert.Equal(2, result.Status);
        Assert.Contains("không hợp lệ", result.Err);
        Assert.Equal(0, CountUnits());
    }

    [Fact]
    public async Task An_unknown_structure_is_created_only_when_asked_for()
    {
        var file = WriteFile(TestDatabase.SampleCsv);
        var unknown = await RunAsync("import-units", file, "--structure", "TEST");
        Assert.Equal(2, unknown.Status);
        Assert.Contains("--new-structure", unknown.Err);
        Assert.Equal(0, CountUnits());
        Assert.Equal(2, (await RunAsync("import-units", file, "--structure")).Status);
    }

    [Fact]
    public async Task A_row_that_contradicts_the_database_is_refused_naming_its_line_with_status_1()
    {
        Assert.Equal(0, (await RunAsync("import-units", WriteFile(TestDatabase.SampleCsv), "--structure", "TEST", "--new-structure")).Status);
        var renamed = TestDatabase.SampleCsv.Replace("22015,Phường 1,", "22015,Phường Một,");
        var result = await RunAsync("import-units", WriteFile(renamed), "--structure", "TEST");
        Assert.Equal(1, result.Status);
        Assert.Contains("Dòng 3:", result.Err);
        Assert.Contains("mã 22015 đã có trong cơ sở dữ liệu", result.Err);
        Assert.Equal(10, CountUnits());
    }

    [Fact]
    public async Task Answers_usage_errors_with_status_2()
    {
        Assert.Equal(2, (await RunAsync("import-units")).Status);
        Assert.Equal(2, (await RunAsync("import-units", _dir.File("missing.csv"))).Status);
        Assert.Equal(2, (await RunAsync("no-such-verb")).Status);
        Assert.Null(await PortalCli.TryRunAsync([], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public async Task The_score_verb_reaches_the_scoring_engine()
    {
        var set = Path.Combine(AppContext.BaseDirectory, "Seed", "standard-sets", "DEMO-06.json");
        var inputs = WriteFile("""{ "category": "B", "criteria": { "2": { "numerator": 5, "denominator": 4 } } }""");
        var stdout = new StringWriter();
        var status = await PortalCli.TryRunAsync(["score", "--standard", set, "--inputs", inputs], stdout, TextWriter.Null);
        Assert.Equal(1, status);
        Assert.Contains("\"error\"", stdout.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
