using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// The cookies of one account (or none) shared by its protocol circuits: the prerendered pages are fetched with them
/// and the hub connections send them, as a browser context's pages do.
/// </summary>
public sealed partial class ProtocolSession(CookieContainer cookies) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = cookies }) { Timeout = TimeSpan.FromMinutes(3) };

    /// <summary>No account: the template's pages.</summary>
    public static ProtocolSession Anonymous() => new(new CookieContainer());

    /// <summary>Signs in through the portal's form (its antiforgery token first), as a person would.</summary>
    public static async Task<ProtocolSession> SignInAsync(string baseUrl, string userName, string password)
    {
        var session = new ProtocolSession(new CookieContainer());
        var form = await session._http.GetStringAsync(baseUrl + "/account/login");
        var token = Token().Match(form).Groups[1].Value;
        using var answer = await session._http.PostAsync(baseUrl + "/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (answer.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal) != false)
            throw new InvalidOperationException($"{userName} could not sign in");
        return session;
    }

    /// <summary>The page's HTML and where it ended up after redirects.</summary>
    public async Task<(string Html, string Url)> GetPageAsync(string url, CancellationToken cancel)
    {
        using var response = await _http.GetAsync(url, cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(cancel), response.RequestMessage!.RequestUri!.ToString());
    }

    /// <summary>The Cookie header for <paramref name="url"/>: the hub's connection carries the session like the page's request.</summary>
    public string CookieHeader(string url) => cookies.GetCookieHeader(new Uri(url));

    [GeneratedRegex("RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _http.Dispose();
}
