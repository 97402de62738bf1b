using Portal.Benchmarks.Circuits;
using Portal.Benchmarks.Circuits.Protocol;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Benchmarks;

/// <summary>
/// The load tool's protocol client on the real portal: a district officer signed in over HTTP, one circuit without a
/// browser doing the load's whole rota (queue cards, a dossier opened from the queue, two tabs, criterion 2's editor,
/// a wrong value and a number typed, the editor closed, back to the queue by the menu), every step with its result.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ProtocolCircuitTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task One_protocol_circuit_does_the_portal_rota_with_no_failed_step()
    {
        using var session = await ProtocolSession.SignInAsync(host.BaseUrl, "tuyhoa.canbo", "Demo@2026");
        int dossier;
        await using (var finder = await ProtocolCircuit.OpenAsync(session, host.BaseUrl + "/queue"))
            dossier = await ProtocolSteps.AppraisalDossierAsync(finder);

        await using var circuit = await ProtocolCircuit.OpenAsync(session, host.BaseUrl + "/queue");
        var results = new List<(string Step, double Ms)>();
        foreach (var step in StaffSteps.Portal) results.Add((step, await ProtocolSteps.MeasureAsync(circuit, step, dossier)));

        Assert.Null(circuit.Broken);
        Assert.All(results, r => Assert.True(r.Ms >= 0, $"{r.Step}: {r.Ms} ({string.Join(", ", results)})"));
        Assert.EndsWith("/queue", circuit.Url, StringComparison.Ordinal);
    }
}
