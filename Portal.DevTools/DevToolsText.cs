using System.Resources;
using Portal.Workflows.Texts;

namespace Portal.DevTools;

/// <summary>What the developer verbs print (seed-national, bench-dashboard): DevToolsTexts.resx and DevToolsTexts.en.resx.</summary>
internal static class DevToolsText
{
    private static readonly ResourceText Texts = new(new ResourceManager("Portal.DevTools.DevToolsTexts", typeof(DevToolsText).Assembly));

    public static string Get(string key, params object?[] args) => Texts.Get(key, args);

    public static string Both(string key, params object?[] args) => Texts.Both(key, args);
}
