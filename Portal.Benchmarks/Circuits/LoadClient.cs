namespace Portal.Benchmarks.Circuits;

/// <summary>
/// What the load phase drives its circuits with: headless chromium (pages that render) or the protocol client
/// (circuits spoken to over the hub, nothing rendered). Sessions are the client's own tokens for an account.
/// </summary>
public interface ILoadClient : IAsyncDisposable
{
    /// <summary>"chromium" or "protocol", as <c>--client</c> names it and the report shows it.</summary>
    string Name { get; }

    /// <summary>Whether a process of this machine is the client's (its cores are the client's side of the figures).</summary>
    bool OwnsProcess(int pid, string comm);

    Task<string> SignInAsync(string baseUrl, string userName);

    /// <summary>A dossier of the account's queue whose appraisal panel lets it open criterion 2's editor.</summary>
    Task<int> AppraisalDossierAsync(string baseUrl, string session);

    /// <summary>A circuit at <paramref name="url"/>, once interactive.</summary>
    Task<ILoadCircuit> OpenAsync(string url, string? session);

    /// <summary>Ends every circuit opened so far.</summary>
    Task CloseAllAsync();
}

/// <summary>One circuit of the load.</summary>
public interface ILoadCircuit
{
    /// <summary>One of <see cref="StaffSteps"/>' steps: milliseconds to its result, -1 none in time, -2 nothing to act on.</summary>
    Task<double> MeasureAsync(string step, int dossierId);

    /// <summary>Back to the page the circuit was opened at, interactive again (after a failed step).</summary>
    Task RestartAsync();
}
