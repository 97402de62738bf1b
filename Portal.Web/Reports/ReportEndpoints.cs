using System.Globalization;
using Portal.Workflows.Access;
using Portal.Workflows.Reports;
using Portal.Workflows.Reports.Excel;
using Portal.Workflows.Texts;

namespace Portal.Web.Reports;

/// <summary>
/// GET /reports/{kind}.xlsx?round=ID&amp;unit=ID: a report as an Excel file (kind: communes, districts, rewards,
/// activities). A plain GET, so the browser saves it like any file; a unit or round outside the reader's scope is a
/// logged 403.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this WebApplication app) =>
        app.MapGet("/reports/{kind}.xlsx", async (string kind, int round, int? unit, HttpContext http, ReportExport export, CancellationToken ct) =>
        {
            if (!ReportExport.RouteNames.TryGetValue(kind, out var reportKind)) return Results.NotFound();
            var file = await export.ExcelAsync(UserScope.From(http.User), reportKind, round, unit, CultureInfo.CurrentUICulture, ct);
            if (file.IsRefused)
                return Results.Text(ReportText.Get("Report.Refused"), "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            return file.Value is { } f ? Results.File(f.Content, XlsxWriter.ContentType, f.FileName) : Results.NotFound();
        }).RequireAuthorization();
}
