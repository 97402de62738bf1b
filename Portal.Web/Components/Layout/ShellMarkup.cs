using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Portal.Web.Components.Layout;

/// <summary>
/// MudBlazor's look for the shell every page shares (and for the many small parts of list rows), written as plain elements with Mud's classes. Each MudBlazor
/// component costs a circuit about 3 KB whatever it shows (render-tree buffers, parameter state), and the shell is on
/// every page of every circuit: plain markup costs a few frames of the component that holds it (issue 12 item 3).
/// </summary>
public static class ShellMarkup
{
    public static readonly MarkupString MenuIcon = Icon(Icons.Material.Filled.Menu, "mud-icon-size-medium");
    public static readonly MarkupString LanguageIcon = Icon(Icons.Material.Filled.Translate, "mud-icon-size-medium");
    public static readonly MarkupString LogoutIcon = Icon(Icons.Material.Filled.Logout, "mud-icon-size-small");
    public static readonly MarkupString BellIcon = Icon(Icons.Material.Filled.Notifications, "mud-icon-size-medium");
    public static readonly MarkupString ExpandIcon = Icon(Icons.Material.Filled.ArrowDropDown, "mud-icon-size-medium mud-nav-link-expand-icon mud-transform");

    /// <summary>A menu entry's icon, as MudNavLink draws it.</summary>
    public static MarkupString NavIcon(string icon) =>
        Icon(icon, "mud-icon-default mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default");

    /// <summary>MudChip's classes for a small chip (a table or list row holds many: plain elements cost no component).</summary>
    public static string Chip(Color color, bool outlined = false) =>
        $"mud-chip {(outlined ? "mud-chip-outlined" : "mud-chip-filled")} mud-chip-size-small mud-chip-color-{color.ToString().ToLowerInvariant()}";

    public static MarkupString Icon(string svgContent, string classes) =>
        new($"<svg class=\"mud-icon-root mud-svg-icon {classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{svgContent}</svg>");
}
