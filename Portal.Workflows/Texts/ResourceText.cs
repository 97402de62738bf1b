using System.Globalization;
using System.Resources;

namespace Portal.Workflows.Texts;

/// <summary>
/// The texts of one resource file (Vietnamese the neutral culture, English beside it): in the current UI culture,
/// in Vietnamese whatever the culture, or both. Each assembly with texts of its own keeps one of these.
/// </summary>
public sealed class ResourceText(ResourceManager resources)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public string Get(string key, params object?[] args) => Format(CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture, key, args);

    /// <summary>In Vietnamese whatever the current culture: for stored texts such as notifications, written by background jobs.</summary>
    public string Vi(string key, params object?[] args) => Format(Vietnamese, Vietnamese, key, args);

    /// <summary>"Vietnamese / English" whatever the current culture: for command-line refusals, read by whoever runs the verb.</summary>
    public string Both(string key, params object?[] args) => $"{Vi(key, args)} / {Format(English, English, key, args)}";

    /// <summary>In the given culture: for texts rendered for someone else than the current reader (an e-mail's recipient).</summary>
    public string In(CultureInfo culture, string key, params object?[] args) => Format(culture, culture, key, args);

    /// <summary>Whether the resources hold <paramref name="key"/> (in Vietnamese, the neutral culture every key has).</summary>
    public bool Exists(string key) => resources.GetString(key, Vietnamese) is not null;

    private string Format(CultureInfo language, CultureInfo format, string key, object?[] args)
    {
        var template = resources.GetString(key, language) ?? key;
        return args.Length == 0 ? template : string.Format(format, template, args);
    }
}
