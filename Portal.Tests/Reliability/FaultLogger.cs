using Microsoft.Extensions.Logging;
using Portal.Workflows.Faults;

namespace Portal.Tests.Reliability;

/// <summary>The levels <see cref="StorageFaults"/> logged, in order: a fault is logged once, and once when it clears.</summary>
public sealed class FaultLogger : ILogger<StorageFaults>
{
    public List<string> Levels { get; } = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Levels) Levels.Add(logLevel.ToString().ToLowerInvariant());
    }
}
