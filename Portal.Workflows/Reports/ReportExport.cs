using System.Globalization;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Reports.Excel;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Reports;

/// <summary>A report as a file to download.</summary>
public sealed record ReportFile(string FileName, byte[] Content);

/// <summary>
/// A report kind of a round and unit as tables (for the page and the printable page) or as one .xlsx file. Scope is
/// checked by <see cref="ReportService"/>: a refusal is logged and thrown; a missing round gives null. The download
/// (<see cref="ExcelAsync"/>) answers with an outcome instead.
/// </summary>
public sealed class ReportExport(ReportService reports)
{
    /// <summary>The route names of the kinds, as in /reports/{kind}.xlsx.</summary>
    public static readonly IReadOnlyDictionary<string, ReportKind> RouteNames = new Dictionary<string, ReportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["communes"] = ReportKind.Communes, ["districts"] = ReportKind.Districts,
        ["rewards"] = ReportKind.Rewards, ["activities"] = ReportKind.Activities,
    };

    public static string RouteName(ReportKind kind) => RouteNames.First(p => p.Value == kind).Key;

    public async Task<(ReportHeader Header, IReadOnlyList<SheetTable> Tables)?> TablesAsync(UserScope scope, ReportKind kind, int roundId,
        int? unitId, CultureInfo culture, CancellationToken ct = default) =>
        await reports.ResolveAsync(scope, roundId, unitId, ct) is { } h ? (h, await TablesAsync(scope, kind, h, culture, ct)) : null;

    /// <summary>A kind's tables for a round and unit already resolved (and so checked) by <see cref="ReportService.ResolveAsync"/>.</summary>
    public async Task<IReadOnlyList<SheetTable>> TablesAsync(UserScope scope, ReportKind kind, ReportHeader h, CultureInfo culture,
        CancellationToken ct = default)
    {
        IReadOnlyList<SheetTable> tables = kind switch
        {
            ReportKind.Communes => [ReportSheets.Communes(await reports.CommuneListAsync(h, ct), culture)],
            ReportKind.Districts => [ReportSheets.Summary(await reports.SummaryAsync(h, ct), culture)],
            ReportKind.Rewards => ReportSheets.Rewards(await reports.RewardsAsync(scope, h, ct), culture),
            ReportKind.Activities => [ReportSheets.Activities(await reports.ActivitiesAsync(scope, h, ct), culture)],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        // Under an illustrative set every table carries the "no legal value" line on each page and sheet.
        return h.Illustrative ? [.. tables.Select(t => t with { Watermark = ReportText.Get(culture, "Report.Illustrative") })] : tables;
    }

    /// <summary>The report as an .xlsx file; refused (and logged) outside the reader's scope, not found for a missing round.</summary>
    public async Task<Outcome<ReportFile>> ExcelAsync(UserScope scope, ReportKind kind, int roundId, int? unitId, CultureInfo culture,
        CancellationToken ct = default)
    {
        var read = await Refusals.CatchAsync(() => TablesAsync(scope, kind, roundId, unitId, culture, ct));
        if (!read.Succeeded) return read.As<ReportFile>();
        return read.Value is { } report
            ? new ReportFile(FileName(kind, report.Header), XlsxWriter.ToBytes(report.Tables))
            : Outcome.NotFound(ReportText.Get("Report.NotFound")).As<ReportFile>();
    }

    /// <summary>A plain ASCII name that says what the file is: tong-hop-theo-huyen-2026-54.xlsx.</summary>
    public static string FileName(ReportKind kind, ReportHeader header) => string.Create(CultureInfo.InvariantCulture,
        $"{Slug(kind)}-{header.Year}-{header.UnitCode}.xlsx");

    private static string Slug(ReportKind kind) => kind switch
    {
        ReportKind.Communes => "danh-sach-xa",
        ReportKind.Districts => "tong-hop-theo-huyen",
        ReportKind.Rewards => "chuoi-nam-khen-thuong",
        _ => "hoat-dong-kiem-tra",
    };
}
