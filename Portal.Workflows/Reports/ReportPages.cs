using System.Globalization;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Reports.Excel;
using Portal.Workflows.Rounds;

namespace Portal.Workflows.Reports;

/// <summary>
/// The reports page for a round and unit: the rounds to choose from, the units of the round the reader may pick, the
/// reporting duty and each kind's tables. <see cref="Header"/> (and <see cref="Duty"/>) is null when the round has no
/// report (it does not exist).
/// </summary>
public sealed record ReportsView(IReadOnlyList<RoundChoice> Rounds, int? RoundId, IReadOnlyList<ReportUnitChoice> Choices,
    ReportHeader? Header, IReadOnlyDictionary<ReportKind, IReadOnlyList<SheetTable>> Tables)
{
    public ReportDuty? Duty { get; init; }
}

/// <summary>
/// Reads the reports page and the printable page, each as one outcome (refused outside the reader's scope). The round
/// and unit are resolved (and checked) once; then every kind, the duty and the unit choices are read side by side, each
/// on its own context (issue 12: the page sent 45 commands one after another).
/// </summary>
public sealed class ReportPages(RoundService rounds, ReportService reports, ReportExport export)
{
    /// <summary>
    /// The round asked for (else the newest the reader works in) and unit asked for (else the reader's default), with the
    /// tables of <paramref name="kinds"/> (all when null): the page reads the kind its open tab shows, and another
    /// when its tab is opened (issue 12: the three hidden kinds were two fifths of the page's processor time).
    /// </summary>
    public async Task<Outcome<ReportsView>> ReadAsync(UserScope scope, int? roundId, int? unitId, CultureInfo culture,
        IReadOnlyCollection<ReportKind>? kinds = null, CancellationToken ct = default)
    {
        var list = await rounds.ChoicesAsync(scope, ct); // newest first
        // A round asked for is resolved (and refused when it is not the reader's) even by a reader with no round.
        if (list.Count == 0 && roundId is null) return new ReportsView(list, null, [], null, new Dictionary<ReportKind, IReadOnlyList<SheetTable>>());
        var round = roundId ?? list[0].Id;
        return await Refusals.CatchAsync(async () =>
        {
            var header = await reports.ResolveAsync(scope, round, unitId, ct);
            var choices = reports.UnitChoicesAsync(scope, round, ct);
            if (header is null) return new ReportsView(list, round, await choices, null, new Dictionary<ReportKind, IReadOnlyList<SheetTable>>());
            var duty = reports.DutyAsync(scope, header, ct);
            var tables = (kinds ?? Enum.GetValues<ReportKind>()).ToDictionary(kind => kind, kind => export.TablesAsync(scope, kind, header, culture, ct));
            await Task.WhenAll([choices, duty, .. tables.Values]);
            var read = new Dictionary<ReportKind, IReadOnlyList<SheetTable>>();
            foreach (var (kind, table) in tables) read[kind] = await table;
            return new ReportsView(list, round, await choices, header, read) { Duty = await duty };
        });
    }

    /// <summary>The tables of the printable page: one kind, or all of them in order, read side by side.</summary>
    public Task<Outcome<IReadOnlyList<SheetTable>>> PrintAsync(UserScope scope, int roundId, int? unitId, IEnumerable<ReportKind> kinds,
        CultureInfo culture, CancellationToken ct = default) =>
        Refusals.CatchAsync<IReadOnlyList<SheetTable>>(async () =>
        {
            if (await reports.ResolveAsync(scope, roundId, unitId, ct) is not { } header) return [];
            var tables = await Task.WhenAll(kinds.Select(kind => export.TablesAsync(scope, kind, header, culture, ct)));
            return [.. tables.SelectMany(t => t)];
        });
}
