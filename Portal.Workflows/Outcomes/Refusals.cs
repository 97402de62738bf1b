using Portal.Workflows.Access;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Outcomes;

/// <summary>
/// Reads composed of several scoped reads (the dashboard, the reports) are refused from deep inside: the inner read
/// logs the refusal and throws <see cref="AccessRefusedException"/>. Their page-facing methods turn it into an outcome
/// here, the one place that catches it, so that no page catches anything.
/// </summary>
public static class Refusals
{
    public static async Task<Outcome<T>> CatchAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return Outcome<T>.Ok(await read());
        }
        catch (AccessRefusedException)
        {
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<T>(); // logged by the read that refused
        }
    }
}
