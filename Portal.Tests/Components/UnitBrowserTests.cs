using Bunit;
using MudBlazor;
using Portal.Data.Accounts;
using Portal.Web.Units;

namespace Portal.Tests.Components;

[Trait("Category", "Component")]
public sealed class UnitBrowserTests : PortalComponentTest
{
    private async Task<IRenderedComponent<UnitBrowser>> RenderAsSync(string userName, string role, string? unitCode)
    {
        await UseDatabaseAsync();
        await SignInAsync(userName, role, unitCode);
        Render<MudPopoverProvider>();
        return Render<UnitBrowser>();
    }

    private static List<string> Codes(IRenderedComponent<UnitBrowser> cut) =>
        cut.FindAll("a.unit-row").Select(a => a.GetAttribute("data-code")!).ToList();

    [Fact]
    public async Task An_administrator_sees_every_unit_in_tree_order()
    {
        var cut = await RenderAsSync("quantri", PortalRoles.Administrator, null);
        cut.WaitForAssertion(() => Assert.Equal(10, Codes(cut).Count));
        Assert.Equal(["01", "001", "00001", "54", "555", "22015", "22045", "557", "22051", "22052"], Codes(cut));
        Assert.Contains("10 đơn vị", cut.Find("#unit-count").TextContent);
    }

    [Fact]
    public async Task A_commune_officer_sees_only_their_commune()
    {
        var cut = await RenderAsSync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        cut.WaitForAssertion(() => Assert.Equal(["22015"], Codes(cut)));
        Assert.Contains("1 đơn vị", cut.Find("#unit-count").TextContent);
        Assert.Contains("Thành phố Tuy Hoà", cut.Find("a.unit-row .parent").TextContent);
    }

    [Fact]
    public async Task Searching_without_diacritics_narrows_the_list()
    {
        var cut = await RenderAsSync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        cut.WaitForAssertion(() => Assert.Equal(7, Codes(cut).Count));
        cut.Find("#unit-search").Input("song cau");
        cut.WaitForAssertion(() => Assert.Equal(["557"], Codes(cut)), TimeSpan.FromSeconds(5));
        Assert.Contains("1 đơn vị", cut.Find("#unit-count").TextContent);
        cut.Find("#unit-search").Input("khong co");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#unit-empty")), TimeSpan.FromSeconds(5));
    }
}
