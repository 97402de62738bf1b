using Microsoft.Playwright;

namespace Portal.Benchmarks.Circuits;

/// <summary>The load's chromium client: pages of <see cref="Chromium"/>, timed inside the page by <see cref="StaffSteps"/>.</summary>
public sealed class ChromiumClient(Chromium chromium) : ILoadClient
{
    public string Name => "chromium";

    public bool OwnsProcess(int pid, string comm) => comm.StartsWith("chromium", StringComparison.Ordinal) || comm.StartsWith("chrome", StringComparison.Ordinal);

    public Task<string> SignInAsync(string baseUrl, string userName) => chromium.SignInAsync(baseUrl, userName);

    public Task<int> AppraisalDossierAsync(string baseUrl, string session) => Servers.AppraisalDossierAsync(chromium, baseUrl, session);

    public async Task<ILoadCircuit> OpenAsync(string url, string? session) => new Page(await chromium.OpenAsync(url, session), url);

    public Task CloseAllAsync() => chromium.CloseAllAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the chromium is the verb's, shared with the other phases

    private sealed class Page(IPage page, string url) : ILoadCircuit
    {
        public Task<double> MeasureAsync(string step, int dossierId) => StaffSteps.MeasureAsync(page, step, dossierId);

        public async Task RestartAsync()
        {
            await page.GotoAsync(url);
            await Chromium.InteractiveAsync(page);
        }
    }
}
