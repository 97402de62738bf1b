using System.Globalization;
using System.Text.Json;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Notifications;

/// <summary>
/// A notification's text as stored: a resource key (its ".Title" and ".Body" in WorkflowTexts) and arguments, each
/// tagged with what it is, so that it is rendered in the reader's language when read (the bell, the page, the e-mail in
/// the recipient's chosen language): "=Phường 1" is shown as written, "step:Submit" and "state:Posted" are the
/// workflow's labels, "text:Stage.Submission" is another resource.
/// </summary>
public static class NotificationText
{
    /// <summary>Rows written before texts were keys: their Vietnamese title and body are kept as written.</summary>
    public const string StoredKey = "Notify.Stored";

    public static string Plain(object? value) => "=" + Convert.ToString(value, CultureInfo.InvariantCulture);
    public static string Step(DossierTrigger trigger) => "step:" + trigger;
    public static string State(DossierState state) => "state:" + state;
    public static string Text(string key) => "text:" + key;

    public static string Write(IEnumerable<string> args) => JsonSerializer.Serialize(args.ToArray());

    public static (string Title, string Body) Render(string key, string storedArgs, CultureInfo culture)
    {
        var args = (JsonSerializer.Deserialize<string[]>(storedArgs) ?? []).Select(a => (object?)Arg(a, culture)).ToArray();
        return (WorkflowText.In(culture, key + ".Title", args), WorkflowText.In(culture, key + ".Body", args));
    }

    private static string Arg(string arg, CultureInfo culture)
    {
        var (tag, value) = arg.StartsWith('=') ? ("", arg[1..]) : (arg.Split(':', 2)[0], arg.Split(':', 2).ElementAtOrDefault(1) ?? "");
        return tag switch
        {
            "step" when Enum.TryParse<DossierTrigger>(value, out var t) => DossierLabels.In(culture, t),
            "state" when Enum.TryParse<DossierState>(value, out var s) => DossierLabels.In(culture, s),
            "text" => WorkflowText.In(culture, value),
            _ => value,
        };
    }
}
