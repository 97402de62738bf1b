using System.Xml.Linq;

namespace Portal.Tests.Texts;

/// <summary>
/// The compiler checks that doc comments are well formed, that their params and crefs exist (Directory.Build.props), but
/// not that a member has one summary: two stacked &lt;summary&gt; blocks (one of them written for another member) went
/// unnoticed in PortalDatabase.cs (issue 10 item 7). Reads the documentation files the product projects produce.
/// </summary>
[Trait("Category", "Unit")]
public sealed class XmlDocumentationTests
{
    [Theory]
    [InlineData("Portal.Data")]
    [InlineData("Portal.Workflows")]
    [InlineData("Portal.Web")]
    [InlineData("Portal.DevTools")]
    public void No_member_has_two_summaries_or_two_of_any_single_part(string assembly)
    {
        var file = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
        Assert.True(File.Exists(file), $"{file}: GenerateDocumentationFile is off for {assembly}");
        Assert.Empty(Repeated(XDocument.Load(file)));
    }

    [Fact]
    public void Two_stacked_summaries_are_seen()
    {
        var doc = XDocument.Parse("""
            <doc><members>
              <member name="T:A"><summary>One.</summary><summary>Another's.</summary></member>
              <member name="T:B"><summary>One.</summary><param name="x">X.</param><param name="y">Y.</param></member>
            </members></doc>
            """);
        Assert.Equal(["T:A summary"], Repeated(doc));
    }

    private static readonly string[] Single = ["summary", "returns", "remarks", "value"];

    private static List<string> Repeated(XDocument doc) =>
        [.. doc.Descendants("member").SelectMany(m => Single
            .Where(part => m.Elements(part).Count() > 1)
            .Select(part => $"{(string?)m.Attribute("name")} {part}"))];
}
