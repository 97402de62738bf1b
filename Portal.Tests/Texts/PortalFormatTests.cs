using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Texts;

namespace Portal.Tests.Texts;

/// <summary>
/// Dates and numbers have one home, <see cref="PortalFormat"/> (issue 10 item 1): what it writes in each language, and a
/// scan of the source tree that refuses a display pattern written anywhere else.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class PortalFormatTests
{
    [Theory]
    [InlineData("vi-VN", "07/12/2026", "07/12/2026 14:05", "1.234.567", "97,5", "87,3", "66,7 %", "50,0")]
    [InlineData("en-US", "07/12/2026", "07/12/2026 14:05", "1,234,567", "97.5", "87.3", "66.7 %", "50.0")]
    public void Dates_are_day_first_in_every_language_and_numbers_follow_the_reader(
        string culture, string date, string time, string number, string exact, string score, string percent, string figure)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(date, PortalFormat.Date(new DateOnly(2026, 12, 7)));
            Assert.Equal(time, PortalFormat.DateTime(new DateTime(2026, 12, 7, 7, 5, 0, DateTimeKind.Utc)));
            Assert.Equal(number, PortalFormat.Number(1_234_567));
            Assert.Equal(exact, PortalFormat.Decimal(97.50m));
            Assert.Equal(score, PortalFormat.Score(87.333m));
            Assert.Equal(percent, PortalFormat.Percent(66.66m));
            Assert.Equal(figure, PortalFormat.Figure(50m));
            Assert.Equal("1.500.000 ₫", PortalFormat.Money(1_500_000));
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Missing_values_and_typed_dates_are_read_and_written_one_way()
    {
        Assert.Equal("—", PortalFormat.Date(null));
        Assert.Equal("", PortalFormat.Number(null, ""));
        Assert.True(PortalFormat.TryParseDate("29/02/2028", out var leap));
        Assert.Equal(new DateOnly(2028, 2, 29), leap);
        Assert.False(PortalFormat.TryParseDate("2028-02-29", out _));
        Assert.Equal("ngày 05 tháng 01 năm 2026", PortalFormat.LegalDate(new DateOnly(2026, 1, 5)));
        Assert.Equal("ngày 30 tháng 5 năm 2014", PortalFormat.LegalDate(new DateOnly(2014, 5, 30)));
    }

    /// <summary>
    /// A display pattern for dates ("dd/MM…", "… HH:mm") in any product file, or for numbers ("N0", "0.#", "0.0" …) in the
    /// Web and Workflows projects, outside PortalFormat. Machine formats stay where they are: ISO dates (yyyy-MM-dd) in
    /// the set file, the audit hash and job keys, and the developer tools' benchmark tables (invariant, for developers).
    /// </summary>
    [Fact]
    public void No_file_but_PortalFormat_writes_a_date_or_number_pattern()
    {
        var root = Repository.Root();
        var offenders = new List<string>();
        foreach (var project in new[] { "Portal.Web", "Portal.Workflows", "Portal.Data", "Portal.DevTools" })
            foreach (var file in SourceFiles(Path.Combine(root, project)).Where(f => Path.GetFileName(f) != "PortalFormat.cs"))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                    if (DatePattern().IsMatch(lines[i]) || (project is "Portal.Web" or "Portal.Workflows" && NumberPattern().IsMatch(lines[i])))
                        offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
            }
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_scan_sees_the_patterns_it_refuses()
    {
        Assert.Matches(DatePattern(), "d.ToString(\"dd/MM/yyyy\", CultureInfo.InvariantCulture)");
        Assert.Matches(DatePattern(), "FormatCode = \"dd/mm/yyyy\"");
        Assert.Matches(DatePattern(), "x.ToString(\"HH:mm\")");
        Assert.Matches(NumberPattern(), "value.ToString(\"N0\", CultureInfo.CurrentCulture)");
        Assert.Matches(NumberPattern(), "v?.ToString(\"0.#\")");
        Assert.Matches(NumberPattern(), "@Format=\"N0\"");
        Assert.DoesNotMatch(DatePattern(), "due.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)");
        Assert.DoesNotMatch(DatePattern(), "t.ToString(\"yyyy-MM-dd'T'HH:mm:ss.fffffff\", CultureInfo.InvariantCulture)");
        Assert.DoesNotMatch(NumberPattern(), "Guid.NewGuid().ToString(\"N\")");
    }

    private static IEnumerable<string> SourceFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("\"(?![^\"\\n]*yyyy-MM-dd)[^\"\\n]*(dd/MM|dd/mm|HH:mm)[^\"\\n]*\"")]
    private static partial Regex DatePattern();

    [GeneratedRegex("\"(N|F|P)[0-9]\"|\"0\\.[0#]+\"|:(N|F|P)[0-9]\\}|:0\\.[0#]+\\}")]
    private static partial Regex NumberPattern();
}
