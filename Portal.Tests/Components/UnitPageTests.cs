using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Web.Units;

namespace Portal.Tests.Components;

[Trait("Category", "Component")]
public sealed class UnitPageTests : PortalComponentTest
{
    [Fact]
    public async Task Shows_the_parent_chain_and_the_children()
    {
        await UseDatabaseAsync();
        await SignInAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        SetRendererInfo(new RendererInfo("Server", true));
        var district = await Database!.UnitAsync("555");
        var cut = Render<UnitPage>(p => p.Add(x => x.Id, district.Id));
        cut.WaitForAssertion(() => Assert.Equal("Thành phố Tuy Hoà", cut.Find("#unit-name").TextContent));
        Assert.Contains("Tỉnh Phú Yên", cut.Find("#unit-chain").TextContent);
        var rows = cut.FindAll("#unit-children tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Phường 1", rows[0]);
        Assert.Contains("Xã Bình Kiến", rows[1]);
    }

    [Fact]
    public async Task Shows_the_refusal_for_a_unit_outside_the_scope_and_logs_it()
    {
        await UseDatabaseAsync();
        await SignInAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        SetRendererInfo(new RendererInfo("Server", true));
        var other = await Database!.UnitAsync("22045");
        var cut = Render<UnitPage>(p => p.Add(x => x.Id, other.Id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#access-refused")));
        Assert.DoesNotContain("Bình Kiến", cut.Markup);
        await using var db = Database.Context();
        Assert.Equal(1, await db.AccessRefusals.CountAsync());
    }
}
