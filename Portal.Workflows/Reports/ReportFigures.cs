using Portal.Data.Rounds;
using Portal.Data.Units;

namespace Portal.Workflows.Reports;

/// <summary>The arithmetic of the reports, in one place so the page, the print and the Excel file agree.</summary>
public static class ReportFigures
{
    /// <summary>
    /// part ÷ whole × 100 with one decimal, halves rounded away from zero (as people round by hand); null when the
    /// whole is 0, so "nothing to count" is never shown as 0 %.
    /// </summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>The reporting level of a unit: a commune reports to its district, a district to the province, a province to the ministry.</summary>
    public static ReportLevel LevelOf(UnitLevel level) => level switch
    {
        UnitLevel.Commune => ReportLevel.Commune,
        UnitLevel.District => ReportLevel.District,
        _ => ReportLevel.Province,
    };

    /// <summary>The unit's own code, the last segment of its path ("/2024/54/555/22015/" → "22015").</summary>
    public static string CodeOf(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];

    /// <summary>"2021–2025" for consecutive years, "2020, 2022, 2024" when years without a round were skipped.</summary>
    public static string Years(IReadOnlyList<int> years) =>
        years.Count == 0 ? "" :
        years.Count > 1 && years[^1] - years[0] == years.Count - 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{years[0]}–{years[^1]}")
            : string.Join(", ", years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
