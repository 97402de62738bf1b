using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// What a browser walk leaves behind when it fails: each page's screenshot and DOM, and the log of what was pressed
/// (the element the browser delivered each press to, and the one on top at that point), in a folder of the temp dir.
/// A flaky walk is then read from its failing run instead of guessed at.
/// </summary>
public sealed class FailureEvidence
{
    // Runs in every document the page loads: each press is told with its target and what lay on top of it.
    private const string PressLog = """
        (() => {
          const name = el => !el ? '-' : el.id ? '#' + el.id
            : el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '');
          for (const type of ['pointerdown', 'click']) document.addEventListener(type, e => {
            const target = e.target.closest('button, a, input, textarea, [data-trigger], [id]') || e.target;
            const top = document.elementFromPoint(e.clientX, e.clientY);
            console.debug(`[press] ${type} ${name(target)} ${target.dataset?.trigger ?? ''} at ${e.clientX | 0},${e.clientY | 0} top ${name(top)}`);
          }, true);
        })();
        """;

    private readonly ConcurrentQueue<string> _log = new();
    private readonly List<(string Name, IPage Page)> _pages = [];

    /// <summary>Follows a page: its presses and console go to the log from its next navigation on.</summary>
    public async Task FollowAsync(string name, IPage page)
    {
        lock (_pages) _pages.Add((name, page));
        page.Console += (_, m) => _log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {name} {m.Type}: {m.Text}");
        page.FrameNavigated += (_, f) => { if (f == page.MainFrame) _log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {name} navigated {f.Url}"); };
        await page.AddInitScriptAsync(PressLog);
    }

    /// <summary>Notes a step of the walk in the log, beside the presses.</summary>
    public void Note(string text) => _log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} walk: {text}");

    /// <summary>Writes every followed page's screenshot and DOM and the log; returns the folder.</summary>
    public async Task<string> WriteAsync(string test)
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-evidence", $"{test}-{DateTime.UtcNow:HHmmss}");
        Directory.CreateDirectory(folder);
        foreach (var (name, page) in _pages.Where(p => !p.Page.IsClosed))
        {
            try
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true, Timeout = 10_000 });
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await page.ContentAsync());
            }
            catch (PlaywrightException e) { _log.Enqueue($"{name}: no evidence ({e.Message})"); }
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, "log.txt"), _log);
        return folder;
    }
}
