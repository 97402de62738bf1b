using System.Globalization;
using MudBlazor;
using Portal.Data.Activities;

namespace Portal.Web.Activities;

/// <summary>How the activities page names kinds and links to a unit's activities (dates and numbers: <see cref="Workflows.Texts.PortalFormat"/>).</summary>
public static class ActivityText
{
    public static DateOnly? ToDate(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    public static string KindKey(CommunicationKind kind) => "Act.Kind." + kind;

    public static string ModelKey(SafeModelKind kind) => "Act.Model." + kind;

    public static Color KindColor(CommunicationKind kind) => kind switch
    {
        CommunicationKind.ActionMonth => Color.Primary,
        CommunicationKind.ChildrensDay => Color.Success,
        CommunicationKind.MidAutumn => Color.Warning,
        CommunicationKind.Tet => Color.Error,
        _ => Color.Default,
    };

    public static string Link(int unitId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"/activities?unit={unitId}&year={year}");
}
