using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The scoring texts exist in both languages, with the same placeholders, so no reader ever sees a key.</summary>
[Trait("Category", "Unit")]
public sealed partial class ScoringTextsTests
{
    private static readonly ResourceManager Resources = new("Portal.Workflows.Scoring.Messages.ScoringTexts", typeof(ScoringMessages).Assembly);

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_key_exists_in_both_languages_with_the_same_placeholders()
    {
        var vi = Texts(CultureInfo.InvariantCulture);
        var en = Texts(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(vi);
        Assert.Equal(vi.Keys.Order(), en.Keys.Order());
        foreach (var key in vi.Keys)
        {
            Assert.True(Placeholders(vi[key]).SetEquals(Placeholders(en[key])), $"{key}: \"{vi[key]}\" / \"{en[key]}\"");
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
