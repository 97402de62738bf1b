using System.Globalization;
using Portal.Data.Dossiers;
using Portal.Workflows.Deadlines;

namespace Portal.Web.Dashboard;

/// <summary>Every number of the dashboard links to the dossiers it counts: these build those links.</summary>
public static class DashboardLinks
{
    public static string Dashboard(int? year, int? unitId, DossierState? state = null) =>
        "/dashboard" + Query(("year", Num(year)), ("unit", Num(unitId)), ("state", state?.ToString()));

    public static string Dossiers(int? year, int? unitId, IEnumerable<DossierState>? states = null, DueStatus? due = null,
        string? standard = null, string? criterion = null) =>
        "/dossiers" + Query(("year", Num(year)), ("unit", Num(unitId)),
            ("state", states is null ? null : string.Join(',', states)), ("due", due?.ToString()),
            ("standard", standard), ("criterion", criterion));

    public static IReadOnlyList<DossierState> ParseStates(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<DossierState>(s, out var v) && Enum.IsDefined(v) ? v : (DossierState?)null)
            .OfType<DossierState>().Distinct().ToList();

    private static string? Num(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Key, string? Value)[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }
}
