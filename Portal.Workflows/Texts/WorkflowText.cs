using System.Globalization;
using System.Resources;

namespace Portal.Workflows.Texts;

/// <summary>
/// Messages that the workflows layer produces (import errors, refusals, account errors), read from
/// WorkflowTexts.resx (Vietnamese, the neutral culture) and WorkflowTexts.en.resx, in the current UI culture.
/// </summary>
public static class WorkflowText
{
    private static readonly ResourceManager Resources =
        new("Portal.Workflows.Texts.WorkflowTexts", typeof(WorkflowText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var template = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
