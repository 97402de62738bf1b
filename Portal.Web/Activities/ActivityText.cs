using System.Globalization;
using MudBlazor;
using Portal.Data.Activities;

namespace Portal.Web.Activities;

/// <summary>How the activities page writes dates (dd/MM/yyyy), numbers and kinds, and links to a unit's activities.</summary>
public static class ActivityText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string DateTime(DateTime utc) =>
        utc.Add(Workflows.Dossiers.PortalClock.VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly? ToDate(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    public static string Number(int? n) => n?.ToString("N0", Vietnamese) ?? "—";

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
