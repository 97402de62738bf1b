using MudBlazor;

namespace Portal.Web.Components.Layout;

/// <summary>The portal's colours: the blue of government portals, with a warm accent for children's programmes.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#ef6c00",
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
