using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;
using Xunit.Abstractions;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// The district officer accepts the same submitted dossier for appraisal on two instances at once (two tabs, say, that
/// the load balancer sent to different instances): one acceptance is taken, the other is told the dossier changed.
/// </summary>
public abstract class RacingApprovals(RacingPortalsFixture portals, ITestOutputHelper output)
{
    [Fact]
    public async Task Of_two_approvals_racing_on_two_instances_exactly_one_wins_and_the_other_gets_the_conflict()
    {
        var officer = await portals.DistrictOfficerAsync();
        var (id, version) = await SubmittedDossierAsync("22040");
        // B reads the dossier first, as an open page would: whatever B keeps of it must not outlive A's change.
        Assert.Equal(DossierState.Submitted, (await ReadOnAsync(portals.B, officer, id)).State);

        portals.Gate.Arm(2);
        Outcome<int>[] results;
        try
        {
            results = await Task.WhenAll(AcceptOnAsync(portals.A, officer, id, version), AcceptOnAsync(portals.B, officer, id, version));
        }
        finally
        {
            portals.Gate.Disarm();
        }

        output.WriteLine($"racing approvals: {results.Count(r => r.Succeeded)} won, {results.Count(r => r.IsConflict)} conflict, " +
            $"{results.Count(r => !r.Succeeded && !r.IsConflict)} other");
        Assert.Equal(1, results.Count(r => r.Succeeded));
        var loser = results.Single(r => !r.Succeeded);
        Assert.True(loser.IsConflict);
        Assert.Contains(WorkflowText.Get("Dossiers.Conflict"), loser.Errors);
        await using var db = TwoPortalsFixture.Db(portals.A);
        Assert.Equal(1, await db.DossierEvents.CountAsync(e => e.DossierId == id && e.Trigger == nameof(DossierTrigger.AcceptForAppraisal)));
        // Both instances read the winner's change at once.
        foreach (var portal in new[] { portals.A, portals.B })
        {
            var read = await ReadOnAsync(portal, officer, id);
            Assert.Equal((DossierState.UnderAppraisal, version + 1), (read.State, read.Version));
        }
    }

    private static Task<Outcome<int>> AcceptOnAsync(PortalFactory portal, UserScope officer, int id, int version) =>
        Task.Run(() => TwoPortalsFixture.Get<DossierSteps>(portal).FireAsync(officer, id, version, DossierTrigger.AcceptForAppraisal, null));

    private static async Task<DossierDetails> ReadOnAsync(PortalFactory portal, UserScope officer, int id)
    {
        var page = await TwoPortalsFixture.Get<DossierPageReader>(portal).ReadAsync(officer, id);
        Assert.True(page.Succeeded, string.Join("; ", page.Errors));
        return page.Value!.Dossier;
    }

    private async Task<(int Id, int Version)> SubmittedDossierAsync(string communeCode)
    {
        await using var db = TwoPortalsFixture.Db(portals.A);
        var d = await db.Dossiers.Where(x => x.Unit!.Code == communeCode && x.State == DossierState.Submitted).SingleAsync();
        return (d.Id, d.Version);
    }
}

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class RacingApprovalsTests(RacingPortalsFixture portals, ITestOutputHelper output)
    : RacingApprovals(portals, output), IClassFixture<RacingPortalsFixture>;

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class RacingApprovalsOnPostgresTests(RacingPortalsOnPostgresFixture portals, ITestOutputHelper output)
    : RacingApprovals(portals, output), IClassFixture<RacingPortalsOnPostgresFixture>;
