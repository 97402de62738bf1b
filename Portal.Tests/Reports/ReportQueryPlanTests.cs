using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Reports;

namespace Portal.Tests.Reports;

/// <summary>
/// Every query of the reports page (each kind, the duty, the unit choices) for the province, a district and the
/// administrator, read back through SQLite's EXPLAIN QUERY PLAN: large tables are searched through an index, never
/// scanned, and no path is matched with LIKE. The round and unit are resolved once per page, not once per kind.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReportQueryPlanTests : IAsyncLifetime
{
    private readonly QueryPlans _plans = new();
    private ReportTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ReportTestBed.CreateAsync(_plans.Log);
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Every_reports_page_query_searches_an_index_and_the_round_is_resolved_once()
    {
        var pages = _bed.Db.Services.GetRequiredService<ReportPages>();
        foreach (var scope in new[] { _bed.ProvinceOfficer, _bed.DistrictOfficer, _bed.Admin })
        {
            _plans.Log.Commands.Clear();
            var view = await pages.ReadAsync(scope, _bed.RoundId, null, CultureInfo.GetCultureInfo("vi-VN"));
            Assert.True(view.Succeeded, string.Join("; ", view.Errors));
            Assert.Equal(4, view.Value!.Tables.Count);
            Assert.NotNull(view.Value.Duty);
            // ResolveAsync is the one query that reads the round with its standard set's "illustrative" flag.
            Assert.Single(_plans.Log.Commands, c => c.Sql.Contains("\"Illustrative\"", StringComparison.Ordinal) && c.Parameters.Any(p => p.Name == "@roundId"));

            var (_, scans) = await _plans.ReadAsync(_bed.Db);
            Assert.True(scans.Count == 0, $"{scope.UserName}:\n" + string.Join("\n\n", scans));
        }
    }
}
