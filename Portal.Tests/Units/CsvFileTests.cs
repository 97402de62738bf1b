using System.Text;
using Portal.Workflows.Csv;

namespace Portal.Tests.Units;

/// <summary>The rules every imported CSV shares (<see cref="CsvFile"/>), whatever the file is about.</summary>
[Trait("Category", "Unit")]
public sealed class CsvFileTests
{
    private static (List<CsvRow> Rows, List<string> Errors) Read(string body, CsvRules? rules = null)
    {
        var errors = new List<string>();
        var reader = new StringReader("a,b,c\n" + body);
        Assert.Equal("a,b,c", CsvFile.ReadHeader(reader));
        var rows = CsvFile.ReadRows(reader, rules ?? new CsvRules(3), errors).ToList();
        return (rows, errors);
    }

    [Theory]
    [InlineData("x,y\u202Ez,w", "cột 2")]      // right-to-left override: "Xã A" could display as another name
    [InlineData("x,y\u2066z,w", "cột 2")]      // bidirectional isolate
    [InlineData("x,y,z\u0000", "cột 3")]       // NUL
    [InlineData("x\ty,z,w", "cột 1")]          // tab
    [InlineData("x,\u200By,w", "cột 2")]       // zero-width space
    public void A_cell_with_an_invisible_character_is_refused_naming_the_line_and_column(string row, string column)
    {
        var (rows, errors) = Read("p,q,r\n" + row + "\n");
        Assert.Single(rows);
        var error = Assert.Single(errors);
        Assert.StartsWith("Dòng 3:", error);
        Assert.Contains(column, error);
    }

    [Fact]
    public void A_cell_longer_than_the_limit_is_refused_and_the_limit_is_the_import_s_choice()
    {
        var (_, errors) = Read($"x,{new string('a', 101)},z\n");
        Assert.Contains("dài quá 100 ký tự", Assert.Single(errors));
        var (rows, none) = Read($"x,{new string('a', 101)},z\n", new CsvRules(3) { MaxCellLength = 200 });
        Assert.Empty(none);
        Assert.Single(rows);
    }

    [Fact]
    public void Cells_come_out_in_NFC_so_a_name_typed_on_another_system_compares_equal()
    {
        var decomposed = "Phường".Normalize(NormalizationForm.FormD);
        var (rows, errors) = Read($"{decomposed},b,c\n");
        Assert.Empty(errors);
        Assert.Equal("Phường", rows.Single().Cells[0]);
    }

    [Fact]
    public void Empty_cells_spaces_and_column_counts_are_refused_unless_the_cell_is_optional()
    {
        var (_, errors) = Read("x,,z\nx, y,z\nx,y\n\"x,y,z\n");
        Assert.Equal(4, errors.Count);
        Assert.Equal(["Dòng 2:", "Dòng 3:", "Dòng 4:", "Dòng 5:"], errors.Select(e => e[..7]));
        var (rows, none) = Read("x,,z\n", new CsvRules(3) { Optional = new HashSet<int> { 1 } });
        Assert.Empty(none);
        Assert.Equal("", rows.Single().Cells[1]);
    }

    [Fact]
    public void A_runaway_file_is_refused_after_its_row_limit_and_reading_stops_after_50_problems()
    {
        var (_, tooMany) = Read(string.Concat(Enumerable.Repeat("x,y,z\n", 11)), new CsvRules(3) { MaxRows = 10 });
        Assert.Contains("hơn 10 dòng", Assert.Single(tooMany));
        var (_, many) = Read(string.Concat(Enumerable.Repeat("x,y\n", 500)));
        Assert.Equal(CsvFile.MaxErrors, many.Count);
    }
}
