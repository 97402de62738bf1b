using System.Globalization;
using System.Resources;

namespace Portal.Workflows.Texts;

/// <summary>
/// Messages that the workflows layer produces (import errors, refusals, account errors), read from
/// WorkflowTexts.resx (Vietnamese, the neutral culture) and WorkflowTexts.en.resx.
/// </summary>
public static class WorkflowText
{
    private static readonly ResourceText Texts = new(new ResourceManager("Portal.Workflows.Texts.WorkflowTexts", typeof(WorkflowText).Assembly));

    /// <summary>In the current UI culture.</summary>
    public static string Get(string key, params object?[] args) => Texts.Get(key, args);

    /// <inheritdoc cref="ResourceText.Exists"/>
    public static bool Exists(string key) => Texts.Exists(key);

    /// <inheritdoc cref="ResourceText.Vi"/>
    public static string Vi(string key, params object?[] args) => Texts.Vi(key, args);

    /// <inheritdoc cref="ResourceText.Both"/>
    public static string Both(string key, params object?[] args) => Texts.Both(key, args);

    /// <inheritdoc cref="ResourceText.In"/>
    public static string In(CultureInfo culture, string key, params object?[] args) => Texts.In(culture, key, args);
}
