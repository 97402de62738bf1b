using Portal.Data.Units;

namespace Portal.Tests.Units;

[Trait("Category", "Unit")]
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Thành phố Tuy Hoà", "thanh pho tuy hoa")]
    [InlineData("Thành phố Tuy Hòa", "thanh pho tuy hoa")]
    [InlineData("Xã Đạ M'ri", "xa da m'ri")]
    [InlineData("  Quận   Ba  Đình ", "quan ba dinh")]
    [InlineData("THỊ TRẤN", "thi tran")]
    public void Folds_case_diacritics_and_spaces(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Fact]
    public void Both_tone_mark_styles_find_each_other()
    {
        var key = SearchText.KeyFor("Thành phố Tuy Hoà", "555");
        Assert.Contains(SearchText.Fold("tuy hòa"), key);
        Assert.Contains(SearchText.Fold("Tuy Hoà"), key);
        Assert.EndsWith(" 555", key);
    }
}
