using System.Globalization;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Reports.Excel;
using Portal.Workflows.Rounds;

namespace Portal.Workflows.Reports;

/// <summary>
/// The reports page for a round and unit: the rounds to choose from, the units of the round the reader may pick, and
/// each kind's tables. <see cref="Header"/> is null when the round has no report (it does not exist).
/// </summary>
public sealed record ReportsView(IReadOnlyList<RoundSummary> Rounds, int? RoundId, IReadOnlyList<ReportUnitChoice> Choices,
    ReportHeader? Header, IReadOnlyDictionary<ReportKind, IReadOnlyList<SheetTable>> Tables);

/// <summary>Reads the reports page and the printable page, each as one outcome (refused outside the reader's scope).</summary>
public sealed class ReportPages(RoundService rounds, ReportService reports, ReportExport export)
{
    /// <summary>The round asked for (else the newest the reader works in) and unit asked for (else the reader's default).</summary>
    public async Task<Outcome<ReportsView>> ReadAsync(UserScope scope, int? roundId, int? unitId, CultureInfo culture, CancellationToken ct = default)
    {
        var list = await rounds.ListAsync(scope, ct); // newest first
        // A round asked for is resolved (and refused when it is not the reader's) even by a reader with no round.
        if (list.Count == 0 && roundId is null) return new ReportsView(list, null, [], null, new Dictionary<ReportKind, IReadOnlyList<SheetTable>>());
        var round = roundId ?? list[0].Id;
        return await Refusals.CatchAsync(async () =>
        {
            var choices = await reports.UnitChoicesAsync(scope, round, ct);
            var header = await reports.ResolveAsync(scope, round, unitId, ct);
            var tables = new Dictionary<ReportKind, IReadOnlyList<SheetTable>>();
            if (header is not null)
                foreach (var kind in Enum.GetValues<ReportKind>())
                    if (await export.TablesAsync(scope, kind, header.RoundId, header.UnitId, culture, ct) is { } report)
                        tables[kind] = report.Tables;
            return new ReportsView(list, round, choices, header, tables);
        });
    }

    /// <summary>The tables of the printable page: one kind, or all of them in order.</summary>
    public Task<Outcome<IReadOnlyList<SheetTable>>> PrintAsync(UserScope scope, int roundId, int? unitId, IEnumerable<ReportKind> kinds,
        CultureInfo culture, CancellationToken ct = default) =>
        Refusals.CatchAsync<IReadOnlyList<SheetTable>>(async () =>
        {
            var tables = new List<SheetTable>();
            foreach (var kind in kinds)
                if (await export.TablesAsync(scope, kind, roundId, unitId, culture, ct) is { } report) tables.AddRange(report.Tables);
            return tables;
        });
}
