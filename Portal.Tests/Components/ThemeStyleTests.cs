using Portal.Web.Components.Layout;

namespace Portal.Tests.Components;

/// <summary>Record 0028: the layouts write MudThemeProvider's output for the portal's theme, rendered once per process.</summary>
[Trait("Category", "Unit")]
public sealed class ThemeStyleTests
{
    [Fact]
    public async Task The_theme_is_the_providers_markup_for_the_portals_colours_rendered_once()
    {
        var style = (await ThemeStyleMarkup.Once).Value;

        Assert.Contains("<style class='mud-theme-provider'>", style);
        Assert.Contains("--mud-palette-primary: rgba(21,101,192,1);", style); // PortalTheme's #1565c0
        Assert.Contains("--mud-palette-appbar-background: rgba(13,71,161,1);", style); // #0d47a1
        Assert.Same(ThemeStyleMarkup.Once, ThemeStyleMarkup.Once);
    }
}
