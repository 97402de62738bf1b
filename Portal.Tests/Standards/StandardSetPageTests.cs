using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Components;
using Portal.Web.Standards;
using Portal.Workflows.Standards;

namespace Portal.Tests.Standards;

[Trait("Category", "Component")]
public sealed class StandardSetPageTests : PortalComponentTest
{
    private async Task<IRenderedComponent<StandardSetPage>> RenderSetAsync(string code)
    {
        await UseDatabaseAsync();
        await Database!.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        await SignInAsync("tinh.quansat", PortalRoles.Viewer, "54");
        var cut = Render<StandardSetPage>(p => p.Add(x => x.Code, code));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#standard-title")));
        return cut;
    }

    [Fact]
    public async Task An_illustrative_set_carries_the_banner_and_reads_its_bands_in_words()
    {
        var cut = await RenderSetAsync("DEMO-06");
        Assert.Contains("không phải văn bản pháp luật", cut.Find("#banner-illustrative").TextContent);
        Assert.Empty(cut.FindAll("#banner-incomplete"));
        var bands = cut.FindAll(".band").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("≥ 98 %: 75 điểm", bands);
        Assert.Contains("900", cut.Find("#standard-categories").TextContent);
        Assert.Empty(cut.FindAll("#standard-edit")); // a viewer does not edit
    }

    [Fact]
    public async Task An_incomplete_set_says_so_and_shows_unknown_values_as_unknown()
    {
        var cut = await RenderSetAsync("QD34-2014");
        Assert.Contains("chưa đầy đủ", cut.Find("#banner-incomplete").TextContent);
        Assert.Empty(cut.FindAll("#banner-illustrative"));
        Assert.Contains("chưa rõ", cut.Markup);
        Assert.Equal(15, cut.FindAll(".criterion").Count);
    }
}
