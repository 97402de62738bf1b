using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web.Security;

/// <summary>
/// TLS ends at a reverse proxy, which forwards the client's address (<c>X-Forwarded-For</c>) and the scheme
/// (<c>X-Forwarded-Proto</c>). They are believed only from the proxies named in <c>Portal:Proxy:KnownProxies</c>
/// (addresses) and <c>Portal:Proxy:KnownNetworks</c> (CIDR), comma-separated; without either, only a proxy on the
/// same machine (loopback), as ASP.NET Core does by default. Only the last hop is read (ForwardLimit 1), so a client
/// cannot put an address of its choice in front of the proxy's.
/// </summary>
public static class ProxyTrust
{
    public static void Configure(ForwardedHeadersOptions o, IConfiguration config)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.ForwardLimit = 1;
        var proxies = List(config["Portal:Proxy:KnownProxies"]);
        var networks = List(config["Portal:Proxy:KnownNetworks"]);
        if (proxies.Count == 0 && networks.Count == 0) return; // the defaults: loopback only
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    private static List<string> List(string? value) =>
        [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
