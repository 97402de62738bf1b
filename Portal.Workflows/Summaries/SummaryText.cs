using System.Resources;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Summaries;

/// <summary>What the summary check says: SummaryTexts.resx (Vietnamese) and SummaryTexts.en.resx.</summary>
public static class SummaryText
{
    private static readonly ResourceText Texts = new(new ResourceManager("Portal.Workflows.Summaries.SummaryTexts", typeof(SummaryText).Assembly));

    public static string Get(string key, params object?[] args) => Texts.Get(key, args);

    /// <summary>The values that differ between a stored row and the recomputed one, as "Name: stored ≠ expected" (∅ for none).</summary>
    public static IEnumerable<string> Differences(params (string Name, object? Stored, object? Expected)[] pairs)
    {
        static string S(object? v) => v is null or "" ? "∅" : v.ToString()!;
        return pairs.Where(p => !Equals(p.Stored, p.Expected)).Select(p => $"{p.Name}: {S(p.Stored)} ≠ {S(p.Expected)}");
    }
}
