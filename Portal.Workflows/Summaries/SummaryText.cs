using System.Resources;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Summaries;

/// <summary>What the summary check says: SummaryTexts.resx (Vietnamese) and SummaryTexts.en.resx.</summary>
public static class SummaryText
{
    private static readonly ResourceText Texts = new(new ResourceManager("Portal.Workflows.Summaries.SummaryTexts", typeof(SummaryText).Assembly));

    public static string Get(string key, params object?[] args) => Texts.Get(key, args);
}
