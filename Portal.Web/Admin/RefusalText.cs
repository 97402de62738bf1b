using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Web.Dossiers;
using Portal.Web.Localization;
using Portal.Workflows.Dossiers;

namespace Portal.Web.Admin;

/// <summary>
/// A logged refusal in the administrator's language. The services log what was asked for ("dossier:12") and why in
/// short English for the application log; this page-side reading turns the known forms into the reader's words and
/// shows anything it does not know as it was logged, so that no refusal is ever hidden.
/// </summary>
public static partial class RefusalText
{
    // What was asked for: a kind, then an id or a code (or nothing).
    private static readonly (string Prefix, string Key)[] Resources =
    [
        ("dossier:", "Dossier"), ("file:", "File"), ("unit-code:", "UnitCode"), ("unit:", "Unit"), ("rounds/new", "NewRound"),
        ("round:", "Round"), ("reward:", "Reward"), ("report/round/", "ReportRound"), ("report/unit/", "ReportUnit"),
        ("dashboard/unit/", "DashboardUnit"), ("dashboard", "Dashboard"), ("activities/unit/", "ActivitiesUnit"),
        ("activity-file:", "ActivityFile"), ("standards/new", "NewStandard"), ("standard:", "Standard"), ("standards", "Standards"),
        ("users", "Users"), ("user:", "User"), ("access-log", "AccessLog"),
    ];

    public static string Action(string action, IStringLocalizer<Texts> t) => Known(t, "Refusals.Do." + action) ?? action;

    public static string Resource(string resource, IStringLocalizer<Texts> t)
    {
        foreach (var (prefix, key) in Resources)
            if (resource.StartsWith(prefix, StringComparison.Ordinal))
                return Known(t, "Refusals.What." + key, resource[prefix.Length..]) ?? resource;
        return resource;
    }

    /// <summary>"outside the user's unit", "step Submit: role not allowed", "edit Council outside the user's unit"…</summary>
    public static string Reason(string? reason, IStringLocalizer<Texts> t)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "—";
        if (Known(t, "Refusals.Why." + Slug(reason)) is { } whole) return whole;
        var match = WithAction().Match(reason);
        if (match.Success && Known(t, "Refusals.Why." + Slug(match.Groups["why"].Value)) is { } why)
            return $"{DoneAction(match.Groups["kind"].Value, match.Groups["name"].Value, t)}: {why}";
        return reason;
    }

    /// <summary>"step Submit" → «Nộp hồ sơ»; "edit Council" → the kind of data entered.</summary>
    private static string DoneAction(string kind, string name, IStringLocalizer<Texts> t) => kind switch
    {
        "step" when Enum.TryParse<DossierTrigger>(name, out var trigger) => t["Refusals.Step", DossierText.Step(trigger)],
        "edit" => Known(t, "Refusals.Edit." + name) ?? name,
        _ => $"{kind} {name}",
    };

    private static string? Known(IStringLocalizer<Texts> t, string key, params object[] args)
    {
        var text = t[key, args];
        return text.ResourceNotFound ? null : text.Value;
    }

    private static string Slug(string text) => NotLetters().Replace(text.Trim().ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"^(?<kind>step|edit) (?<name>\w+):? (?<why>.+)$")]
    private static partial Regex WithAction();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotLetters();
}
