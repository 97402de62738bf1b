using Portal.Benchmarks.All;
using Portal.DevTools.Benchmarks;

namespace Portal.Tests.Benchmarks;

/// <summary>Portal.Benchmarks' one command (issue 12 item 5): which figures a name means, and the table made of two CSVs.</summary>
[Trait("Category", "Unit")]
public class AllCommandTests
{
    [Fact]
    public void All_means_every_data_figure_of_the_bench_verb_and_both_browser_figures()
    {
        var options = AllOptions.Read(["all"])!;

        Assert.Equal(BenchVerb.Figures, options.Data);
        Assert.Equal(["heap", "render"], options.Browser);
        Assert.Equal(Path.Combine("benchmarks", "latest.csv"), options.Out);
    }

    [Fact]
    public void Single_figures_by_name_start_only_their_part()
    {
        var options = AllOptions.Read(["logins", "--data", "/tmp/x", "--repeat", "5"])!;

        Assert.Equal(["logins"], options.Data);
        Assert.Empty(options.Browser);
        Assert.Equal(("/tmp/x", 5), (options.DataDir, options.Repeat));
    }

    [Theory]
    [InlineData("dashbord")]
    [InlineData("--repeat", "0")]
    [InlineData("--data")]
    [InlineData("--repeat", "3")]
    public async Task An_unknown_name_or_option_or_no_figure_is_refused_with_exit_code_2(params string[] args)
    {
        var ran = false;
        var output = new StringWriter();

        var exit = await AllOptions.RunAsync(args, output, _ => { ran = true; return Task.FromResult(0); });

        Assert.Equal(2, exit);
        Assert.False(ran);
        Assert.Contains("--data DIR", output.ToString());
    }

    [Fact]
    public void Bench_rows_keep_the_bench_verbs_target_and_verdict_with_commas_inside_quotes()
    {
        const string csv = "figure,measured,baseline,unit,ratio,target,met,title,baseline_is,note\n" +
                           "transitions,420.5,900,/s,2.14,\"≥ 500 /s, p99 ≤ 50 ms\",no,\"Steps, one writer\",\"plain \"\"ADO\"\"\",\n" +
                           "dashboard-province,80,20,ms p95,4,\"≤ 100 ms\",yes,t,b,n\n";

        var rows = CombinedTable.FromBenchCsv(csv, "1.0 0.5 0.2");

        Assert.Equal(new CombinedRow("transitions", 420.5, "/s", 900, 2.14, "≥ 500 /s, p99 ≤ 50 ms", false, "1.0 0.5 0.2"), rows[0]);
        Assert.True(rows[1].Met);
    }

    [Fact]
    public void Heap_is_met_under_1_5_MB_for_a_dossier_page_and_0_4_MB_for_a_list_beside_the_template()
    {
        var rows = CombinedTable.FromHeap([("template counter", 0.1, "l"), ("/units", 0.5, "l"), ("/queue", 0.3, "l"), ("/dossiers/{id} (appraisal)", 1.2, "l")]);

        Assert.Equal(["heap /units", "heap /queue", "heap /dossiers/{id} (appraisal)"], rows.Select(r => r.Figure));
        Assert.Equal([false, true, true], rows.Select(r => r.Met));
        Assert.Equal(5, rows[0].Ratio, 6);
        Assert.All(rows, r => Assert.Equal(0.1, r.Baseline));
    }

    [Fact]
    public void Render_is_met_at_150_ms_p95_beside_the_sign_in_page_and_names_no_dossier_number()
    {
        var rows = CombinedTable.FromRender([("/account/login", 50, "l"), ("/queue", 150, "l"), ("/dossiers/4711", 151, "l")]);

        Assert.Equal(["render /queue", "render /dossiers/{id}"], rows.Select(r => r.Figure));
        Assert.Equal([true, false], rows.Select(r => r.Met));
        Assert.Equal(3, rows[0].Ratio, 6);
    }

    [Fact]
    public void The_csv_has_one_line_per_row_with_met_as_yes_or_no()
    {
        var csv = CombinedTable.Csv([new("render /queue", 151, "ms p95", 50, 3.02, "≤ 150 ms", false, "2.0 1.0 0.5")]);

        Assert.Equal("figure,measured,unit,baseline,ratio,target,met,load_average\n" +
                     "\"render /queue\",151,\"ms p95\",50,3.02,\"≤ 150 ms\",no,\"2.0 1.0 0.5\"\n", csv.ReplaceLineEndings("\n"));
    }
}
