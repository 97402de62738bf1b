using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Nothing of a dossier is kept per instance (docs/scale-out.md lists what is: standard sets under which dossiers are
/// open, which cannot change): a dossier changed on one instance is what the other shows at its next read.
/// </summary>
public abstract class DossierCurrentAcrossInstances(TwoPortalsFixture portals)
{
    [Fact]
    public async Task A_dossier_changed_on_A_is_current_on_B_at_its_next_read()
    {
        var province = await portals.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        var district = await portals.ScopeAsync("dongxuan.canbo", PortalRoles.DistrictOfficer, "558");
        await using (var db = TwoPortalsFixture.Db(portals.A))
        {
            var d = await db.Dossiers.Where(x => x.Unit!.Code == "22081" && x.State == DossierState.Submitted).SingleAsync();
            var readers = new[] { TwoPortalsFixture.Get<DossierPageReader>(portals.A), TwoPortalsFixture.Get<DossierPageReader>(portals.B) };
            // Both instances have read (and scored) the dossier before the change, as their open pages would have.
            foreach (var reader in readers) Assert.Equal(d.Version, (await reader.ReadAsync(province, d.Id)).Value!.Dossier.Version);

            var changed = await TwoPortalsFixture.Get<DossierSteps>(portals.A).FireAsync(district, d.Id, d.Version, DossierTrigger.AcceptForAppraisal, null);
            Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));

            var onB = (await readers[1].ReadAsync(province, d.Id)).Value!.Dossier;
            Assert.Equal((DossierState.UnderAppraisal, changed.Value), (onB.State, onB.Version));
        }
    }
}

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class DossierCurrentAcrossInstancesTests(TwoPortalsFixture portals)
    : DossierCurrentAcrossInstances(portals), IClassFixture<TwoPortalsFixture>;

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class DossierCurrentAcrossInstancesOnPostgresTests(TwoPortalsOnPostgresFixture portals)
    : DossierCurrentAcrossInstances(portals), IClassFixture<TwoPortalsOnPostgresFixture>;
