using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Portal.Web.Security;

namespace Portal.Tests.Security;

/// <summary>Which proxies may say who the client is and whether it used TLS.</summary>
[Trait("Category", "Unit")]
public sealed class ProxyTrustTests
{
    private static ForwardedHeadersOptions Configured(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        var options = new ForwardedHeadersOptions();
        ProxyTrust.Configure(options, config);
        return options;
    }

    [Fact]
    public void Without_configuration_only_a_proxy_on_the_same_machine_is_believed_for_the_last_hop()
    {
        var o = Configured();
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, o.ForwardedHeaders);
        Assert.Equal(1, o.ForwardLimit);
        Assert.Contains(IPAddress.IPv6Loopback, o.KnownProxies);
        Assert.Contains(o.KnownIPNetworks, n => n.Contains(IPAddress.Loopback));
    }

    [Fact]
    public void Configured_proxies_replace_the_loopback_default()
    {
        var o = Configured(("Portal:Proxy:KnownProxies", "10.0.0.5, 10.0.0.6"), ("Portal:Proxy:KnownNetworks", "192.168.10.0/24"));
        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("10.0.0.6")], o.KnownProxies);
        var network = Assert.Single(o.KnownIPNetworks);
        Assert.True(network.Contains(IPAddress.Parse("192.168.10.7")));
        Assert.False(network.Contains(IPAddress.Loopback));
    }
}
