using Microsoft.Playwright;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// What a circuit does, one step at a time, and how long the page took to show its result. The time is taken inside
/// the page, from the click (or the typed text) to the DOM mutation that shows the step's result, so neither the
/// tool's own process nor the Playwright driver is counted: it is what the person at the screen waits for.
/// </summary>
public static class StaffSteps
{
    /// <summary>The district officer's round on the queue and a dossier under appraisal (criterion 2 is a rate).</summary>
    public static readonly string[] Portal = ["mine", "mine", "open", "tab:6", "tab:4", "edit", "type:x", "type:12", "close", "queue"];

    /// <summary>The template's counter, clicked again and again.</summary>
    public static readonly string[] Template = ["count"];

    /// <summary>Milliseconds from the action to its visible result; -1 when none came in 30 s, -2 when the page had nothing to act on.</summary>
    public static async Task<double> MeasureAsync(IPage page, string step, int dossierId)
    {
        var (name, arg) = step.Split(':') is [var n, var a] ? (n, a) : (step, "");
        return await page.EvaluateAsync<double>(Script, new object[] { name, name == "open" ? dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture) : arg });
    }

    private const string Script = """
        async ([step, arg]) => {
          const q = s => document.querySelector(s);
          const crit = '.appraisal-criterion[data-no="2"]';
          const tabs = () => document.querySelectorAll('#dossier-tabs .mud-tab');
          const error = () => { const w = q(crit + ' .input-numerator'); return !!w && (w.classList.contains('mud-input-error') || !!w.querySelector('.mud-input-error')); };
          let target, ready;
          switch (step) {
            case 'count': { target = q('#increment'); const before = q('#count').textContent; ready = () => q('#count').textContent !== before; break; }
            case 'mine': { target = q('#count-mine'); const before = target?.getAttribute('aria-pressed'); ready = () => q('#count-mine')?.getAttribute('aria-pressed') !== before; break; }
            case 'open': { target = q(`#queue-table a.queue-link[href$="/dossiers/${arg}"]`); ready = () => !!q('#dossier-tabs .mud-tab'); break; }
            case 'tab': { target = tabs()[+arg]; ready = () => !!tabs()[+arg]?.classList.contains('mud-tab-active'); break; }
            case 'edit': { target = q(crit + ' .appraisal-open'); ready = () => !!q(crit + ' .input-numerator input'); break; }
            case 'type': { target = q(crit + ' .input-numerator input'); const bad = isNaN(+arg); ready = () => error() === bad; break; }
            case 'close': { target = q(crit + ' .appraisal-close'); ready = () => !q(crit + ' .input-numerator input'); break; }
            case 'queue': { target = q('a.mud-nav-link[href="/queue"]'); ready = () => !!q('#queue-table') && !q('#dossier-tabs'); break; }
          }
          if (!target) return -2;
          return await new Promise(resolve => {
            let timer;
            const observer = new MutationObserver(() => { if (ready()) finish(performance.now() - start); });
            const finish = v => { observer.disconnect(); clearTimeout(timer); resolve(v); };
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            timer = setTimeout(() => finish(-1), 30000);
            const start = performance.now();
            if (step === 'type') { target.value = arg; target.dispatchEvent(new Event('input', { bubbles: true })); }
            else target.click();
          });
        }
        """;
}
