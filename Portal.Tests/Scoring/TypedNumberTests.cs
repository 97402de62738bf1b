using System.Globalization;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Numbers as Vietnamese type them: "1.100" is 1100, "12,5" is 12.5; anything else is refused, never guessed.</summary>
[Trait("Category", "Unit")]
public sealed class TypedNumberTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("1200", 1200)]
    [InlineData("1.100", 1100)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("  95 ", 95)]
    [InlineData("007", 7)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    public void Whole_numbers_in_vietnamese_with_or_without_thousands_dots(string text, long expected)
    {
        var read = TypedNumber.Parse(text, wholeNumber: true, Vi);

        Assert.Null(read.Error);
        Assert.Equal(expected, read.WholeValue);
    }

    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("0,1", "0.1")]
    [InlineData("1.100,25", "1100.25")]
    [InlineData("97,50", "97.50")]
    public void Decimals_take_the_decimal_comma(string text, string expected)
    {
        var read = TypedNumber.Parse(text, wholeNumber: false, Vi);

        Assert.Null(read.Error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), read.Value);
    }

    [Theory]
    [InlineData("12,5", "số nguyên")]
    [InlineData("1,0", "số nguyên")]
    [InlineData("-3", "số âm")]
    [InlineData("−3", "số âm")]
    [InlineData("3e2", "không phải là một số")]
    [InlineData("+3", "không phải là một số")]
    [InlineData("abc", "không phải là một số")]
    [InlineData("12a", "không phải là một số")]
    [InlineData("1 100", "không phải là một số")]
    [InlineData(",5", "không phải là một số")]
    [InlineData("5,", "không phải là một số")]
    [InlineData("1,2,3", "không phải là một số")]
    [InlineData("1,100.5", "không phải là một số")]
    [InlineData("1.10", "hàng nghìn")]
    [InlineData("1100.000.0", "hàng nghìn")]
    [InlineData(".100", "hàng nghìn")]
    [InlineData("99999999999999999999", "quá lớn")]
    [InlineData("１２", "không phải là một số")]
    public void Anything_else_is_refused_with_a_vietnamese_reason_that_quotes_what_was_typed(string text, string reason)
    {
        var read = TypedNumber.Parse(text, wholeNumber: true, Vi);

        Assert.Null(read.Value);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
        Assert.Contains(text.Trim(), read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_typed_is_neither_a_value_nor_an_error(string? text)
    {
        Assert.True(TypedNumber.Parse(text, wholeNumber: true, Vi).IsEmpty);
    }

    [Fact]
    public void An_english_reader_types_the_english_way()
    {
        Assert.Equal(1100, TypedNumber.Parse("1,100", wholeNumber: true, En).WholeValue);
        Assert.Equal(12.5m, TypedNumber.Parse("12.5", wholeNumber: false, En).Value);
        Assert.NotNull(TypedNumber.Parse("1.100", wholeNumber: true, En).Error);
    }

    [Theory]
    [InlineData("1100", "1.100")]
    [InlineData("7", "7")]
    [InlineData("12.5", "12,5")]
    public void A_stored_value_is_shown_the_way_it_is_typed(string stored, string shown)
    {
        var value = decimal.Parse(stored, CultureInfo.InvariantCulture);
        Assert.Equal(shown, TypedNumber.Show(value, Vi));
        Assert.Equal(value, TypedNumber.Parse(shown, wholeNumber: false, Vi).Value);
    }
}
