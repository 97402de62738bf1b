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

    /// <summary>Whether the resources hold <paramref name="key"/> (in Vietnamese, the neutral culture every key has).</summary>
    public static bool Exists(string key) => Resources.GetString(key, Vietnamese) is not null;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>In Vietnamese whatever the current culture: for stored texts such as notifications, written by background jobs.</summary>
    public static string Vi(string key, params object?[] args)
    {
        var template = Resources.GetString(key, Vietnamese) ?? key;
        return args.Length == 0 ? template : string.Format(Vietnamese, template, args);
    }

    /// <summary>"Vietnamese / English" whatever the current culture: for command-line refusals, read by whoever runs the verb.</summary>
    public static string Both(string key, params object?[] args) => $"{Vi(key, args)} / {In(English, key, args)}";

    /// <summary>In the given culture: for texts rendered for someone else than the current reader (an e-mail's recipient).</summary>
    public static string In(CultureInfo culture, string key, params object?[] args)
    {
        var template = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }
}
