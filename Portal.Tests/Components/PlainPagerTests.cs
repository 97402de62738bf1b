using Bunit;
using Portal.Web.Components.Shared;

namespace Portal.Tests.Components;

/// <summary>The plain pager of list pages (issue 12 item 3): MudTablePager's figures and moves in plain elements.</summary>
[Trait("Category", "Component")]
public sealed class PlainPagerTests : PortalComponentTest
{
    private int _page;
    private int _size = 25;

    private IRenderedComponent<PlainPager> Pager(int total) => Render<PlainPager>(p => p
        .Add(x => x.Total, total).Add(x => x.Page, _page).Add(x => x.PageSize, _size)
        .Add(x => x.PageChanged, (int page) => _page = page).Add(x => x.PageSizeChanged, (int size) => _size = size));

    private static string[] Buttons(IRenderedComponent<PlainPager> pager) =>
        pager.FindAll("button").Select(b => b.HasAttribute("disabled") ? "off" : "on").ToArray();

    [Fact]
    public void The_first_page_of_sixty_says_1_25_of_60_and_only_moves_forward()
    {
        var pager = Pager(60);
        Assert.Equal("1-25 trên 60", pager.Find(".mud-table-page-number-information").TextContent);
        Assert.Equal(["off", "off", "on", "on"], Buttons(pager));
        Assert.Equal("Trang sau", pager.FindAll("button")[2].GetAttribute("aria-label"));

        pager.FindAll("button")[3].Click();
        Assert.Equal(2, _page); // the last page of 60 rows by 25
    }

    [Fact]
    public void The_last_page_shows_what_is_left_and_a_new_page_size_goes_back_to_the_first_page()
    {
        _page = 2;
        var pager = Pager(60);
        Assert.Equal("51-60 trên 60", pager.Find(".mud-table-page-number-information").TextContent);
        Assert.Equal(["on", "on", "off", "off"], Buttons(pager));

        pager.Find("select").Change("50");
        Assert.Equal((0, 50), (_page, _size));
    }

    [Fact]
    public void An_empty_list_says_0_0_of_0_and_a_size_not_offered_is_ignored()
    {
        var pager = Pager(0);
        Assert.Equal("0-0 trên 0", pager.Find(".mud-table-page-number-information").TextContent);
        Assert.Equal(["off", "off", "off", "off"], Buttons(pager));
        pager.Find("select").Change("1000");
        Assert.Equal(25, _size);
    }
}
