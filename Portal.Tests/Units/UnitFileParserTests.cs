using Portal.Tests.Infrastructure;
using Portal.Workflows.Units;

namespace Portal.Tests.Units;

[Trait("Category", "Unit")]
public sealed class UnitFileParserTests
{
    private const string Header2024 = UnitFileParser.Header2024;

    private static UnitFile Parse(string text) => UnitFileParser.Parse(new StringReader(text));

    private static IReadOnlyList<string> Errors(string text) =>
        Assert.Throws<UnitFileException>(() => Parse(text)).Errors;

    [Fact]
    public void Reads_a_three_level_file_into_distinct_provinces_districts_and_communes()
    {
        var file = Parse(TestDatabase.SampleCsv);
        Assert.Equal(3, file.Levels);
        Assert.Equal(["01", "54"], file.Provinces.Select(p => p.Code).Order());
        Assert.Equal(3, file.Districts.Count);
        Assert.Equal(5, file.Communes.Count);
        var tuyHoa = file.Districts.Single(d => d.Code == "555");
        Assert.Equal(("Thành phố", "54"), (tuyHoa.Type, tuyHoa.ParentCode));
        Assert.Equal("Thị xã", file.Districts.Single(d => d.Code == "557").Type);
        Assert.Equal("Tỉnh", file.Provinces.Single(p => p.Code == "54").Type);
    }

    [Fact]
    public void Reads_a_two_level_file_with_communes_under_provinces()
    {
        var file = Parse(UnitFileParser.Header2025 + "\n01,Thành phố Hà Nội,00004,Phường Ba Đình,Phường\n79,Thành phố Hồ Chí Minh,26734,Đặc khu Côn Đảo,Đặc khu\n");
        Assert.Equal(2, file.Levels);
        Assert.Empty(file.Districts);
        Assert.Equal("79", file.Communes.Single(c => c.Code == "26734").ParentCode);
    }

    [Fact]
    public void Accepts_quoted_fields_a_BOM_and_CRLF()
    {
        var file = Parse("\uFEFF" + Header2024 + "\r\n\"54\",\"Tỉnh Phú Yên\",555,Thành phố Tuy Hoà,22015,Phường 1,Phường\r\n");
        Assert.Equal("54", file.Provinces.Single().Code);
    }

    [Theory]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,2201,Phường 1,Phường", "commune_code")]
    [InlineData("54,Tỉnh Phú Yên,55,Thành phố Tuy Hoà,22015,Phường 1,Phường", "district_code")]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1", "7")]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1,Làng", "Làng")]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Xã 1,Phường", "Xã 1")]
    [InlineData("54,Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1,Phường", "province_name")]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015, Phường 1,Phường", "")]
    public void Refuses_a_bad_row_naming_its_line(string badRow, string mentioned)
    {
        var errors = Errors(Header2024 + "\n54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22018,Phường 2,Phường\n" + badRow + "\n");
        var error = Assert.Single(errors);
        Assert.StartsWith("Dòng 3:", error);
        Assert.Contains(mentioned, error);
    }

    [Fact]
    public void Lists_every_bad_line_not_only_the_first()
    {
        var errors = Errors(Header2024 + "\nx\n54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1,Phường\ny\n");
        Assert.Equal(["Dòng 2:", "Dòng 4:"], errors.Select(e => e[..7]));
    }

    [Fact]
    public void Refuses_a_commune_listed_twice_and_a_district_that_changes_its_name()
    {
        var row = "54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1,Phường";
        Assert.Contains("22015", Errors($"{Header2024}\n{row}\n{row}\n").Single());
        var renamed = "54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22018,Phường 2,Phường";
        Assert.StartsWith("Dòng 3:", Errors($"{Header2024}\n{row}\n{renamed}\n").Single());
    }

    [Theory]
    [InlineData("")]
    [InlineData("code,name\n01,Hà Nội\n")]
    public void Refuses_a_file_without_the_expected_header(string text) =>
        Assert.Contains("tiêu đề", Errors(text).Single());

    [Fact]
    public void Refuses_a_file_with_a_header_and_no_commune() =>
        Assert.Single(Errors(Header2024 + "\n"));
}
