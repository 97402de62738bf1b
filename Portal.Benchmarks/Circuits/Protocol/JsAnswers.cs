namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// The result a protocol circuit gives a JS call from the server. Null (JSON) for all but the few whose null a
/// component cannot take in place of a value type (it would see a failed call where a browser succeeds), answered as
/// chromium's page would: MudBlazor's checks for its script and for its popover provider, and the window's size at
/// the chromium client's viewport. A call that asks for an object reference (an import, a constructor) gets a new one.
/// </summary>
public static class JsAnswers
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "1",
        ["mudResizeListener.getBrowserWindowSize"] = """{"width":1280,"height":900}""",
    };

    private static long _nextObjectId;

    /// <param name="identifier">The JS function the server names.</param>
    /// <param name="resultType">JSCallResultType: 0 a value, 1 an object reference, 2 a stream reference, 3 nothing.</param>
    public static string For(string identifier, int resultType) => resultType switch
    {
        1 => $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextObjectId)}}}",
        0 => Known.GetValueOrDefault(identifier, "null"),
        _ => "null",
    };
}
