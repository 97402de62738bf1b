namespace Portal.Workflows.Schedule;

/// <summary>
/// A scheduled job: a plain class that reads the date from <see cref="TimeProvider"/> and may run any number of times
/// (twice, or again after a restart) without doing anything twice. Returns how many things it did (messages, rounds…).
/// </summary>
public interface IPortalJob
{
    Task<int> RunAsync(CancellationToken ct = default);
}
