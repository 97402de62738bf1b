namespace Portal.Tests.Infrastructure;

/// <summary>
/// Hangfire's log for tests that run their own Hangfire servers: Hangfire logs through a process-wide provider, which
/// a web host of another test sets to its own logger factory and then disposes.
/// </summary>
public sealed class SilentHangfireLog : Hangfire.Logging.ILogProvider, Hangfire.Logging.ILog
{
    public static void Use() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(new SilentHangfireLog());

    public Hangfire.Logging.ILog GetLogger(string name) => this;
    public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception) => false;
}
