using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Web.Admin;
using Portal.Web.Localization;

namespace Portal.Tests.Components;

/// <summary>Logged refusals read in the administrator's language; what the page does not know is shown as logged.</summary>
[Trait("Category", "Component")]
public sealed class RefusalTextTests : PortalComponentTest
{
    private IStringLocalizer<Portal.Web.Localization.Texts> T => Services.GetRequiredService<IStringLocalizer<Portal.Web.Localization.Texts>>();

    [Theory]
    [InlineData("outside the user's unit", "ngoài đơn vị của người dùng")]
    [InlineData("step Submit: role not allowed", "bước «Nộp hồ sơ»: vai trò không được phép")]
    [InlineData("edit Council outside the user's unit", "ghi họp Hội đồng đánh giá cấp xã: ngoài đơn vị của người dùng")]
    [InlineData("something new", "something new")]
    public void Reasons_read_in_Vietnamese(string logged, string shown) => Assert.Equal(shown, RefusalText.Reason(logged, T));

    [Fact]
    public void Actions_and_resources_read_in_the_readers_language()
    {
        Assert.Equal("Xem", RefusalText.Action("read", T));
        Assert.Equal("Hồ sơ số 12", RefusalText.Resource("dossier:12", T));
        Assert.Equal("Tổng quan của đơn vị số 5", RefusalText.Resource("dashboard/unit/5", T));
        Assert.Equal("thing:1", RefusalText.Resource("thing:1", T));
        UseCulture("en-US");
        Assert.Equal("Change", RefusalText.Action("change", T));
        Assert.Equal("step \"Submit the dossier\": role not allowed", RefusalText.Reason("step Submit: role not allowed", T));
    }
}
