using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;
using Portal.Web.Startup;

namespace Portal.Tests.Hosting;

/// <summary>
/// The load tool's GET /dev/memory (a forced full collection) and GET /dev/jit exist only with the demo on, and answers only the
/// machine itself: production has no such path, and nobody behind the proxy can stall the server with it.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DevMemoryEndpointTests(PortalHostFixture production) : IClassFixture<PortalHostFixture>, IAsyncLifetime
{
    private readonly TestFolder _folder = new("devmemory");
    private PortalFactory _demo = null!;

    public async Task InitializeAsync()
    {
        await PortalTemplate.CopyDemoToAsync(_folder);
        _demo = new PortalFactory(_folder.Path, new TestClock(TestClock.WebStart), seedDemo: true);
        _demo.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task With_the_demo_on_the_machine_itself_reads_the_managed_heap()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_demo.BaseUrl) };
        var answer = await client.GetFromJsonAsync<Answer>(DevMemoryEndpoint.Path);
        Assert.True(answer!.ManagedBytes > 1024 * 1024, $"{answer.ManagedBytes} bytes of managed heap");
    }

    [Fact]
    public async Task With_the_demo_on_the_machine_itself_reads_how_many_methods_the_jit_compiled()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_demo.BaseUrl) };
        var first = (await client.GetFromJsonAsync<JitAnswer>(DevMemoryEndpoint.JitPath))!.CompiledMethods;
        // The server runs in this process: a method compiled here is one more for it.
        var fresh = System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(first.GetHashCode())).Compile(preferInterpretation: false);
        Assert.Equal(first.GetHashCode(), fresh());
        var then = (await client.GetFromJsonAsync<JitAnswer>(DevMemoryEndpoint.JitPath))!.CompiledMethods;
        Assert.True(first > 1000, $"{first} methods compiled at start");
        Assert.True(then > first, $"{first} then {then}");
    }

    [Theory]
    [InlineData(DevMemoryEndpoint.Path)]
    [InlineData(DevMemoryEndpoint.JitPath)]
    public async Task With_the_demo_on_a_client_behind_the_proxy_finds_nothing(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_demo.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DevMemoryEndpoint.Path)]
    [InlineData(DevMemoryEndpoint.JitPath)]
    public async Task Without_the_demo_as_in_production_the_path_does_not_exist(string path)
    {
        using var client = production.Client();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record Answer(long ManagedBytes);
    private sealed record JitAnswer(long CompiledMethods);
}
