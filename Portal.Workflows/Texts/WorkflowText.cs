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

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>In Vietnamese whatever the current culture: for stored texts such as notifications, written by background jobs.</summary>
    public static string Vi(string key, params object?[] args)
    {
        var template = Resources.GetString(key, Vietnamese) ?? key;
        return args.Length == 0 ? template : string.Format(Vietnamese, template, args);
    }
}
