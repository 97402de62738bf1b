using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using MudBlazor.Services;

namespace Portal.Web.Components.Layout;

/// <summary>
/// What <see cref="MudThemeProvider"/> writes for <see cref="PortalTheme.Theme"/>, rendered once by a renderer of its
/// own (no request, no circuit: the provider only reads its parameters while rendering) in the invariant culture, so
/// that the markup is the same whichever language asked first (record 0028).
/// </summary>
public static class ThemeStyleMarkup
{
    private static readonly Lazy<Task<MarkupString>> Rendered = new(RenderAsync);

    public static Task<MarkupString> Once => Rendered.Value;

    public static async Task<MarkupString> RenderAsync()
    {
        var services = new ServiceCollection().AddLogging().AddMudServices().AddSingleton<IJSRuntime, NoScript>().BuildServiceProvider();
        await using var _ = services;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            try
            {
                var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(
                    new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = PortalTheme.Theme }));
                return output.ToHtmlString();
            }
            finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture; }
        });
        return new MarkupString(html);
    }

    /// <summary>The provider calls scripts only after a render in a browser, and on disposal (to stop watching the system's dark mode): nothing to do here.</summary>
    private sealed class NoScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            ValueTask.FromResult(default(TValue)!);
    }
}
