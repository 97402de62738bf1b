using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Vietnamese letters travel as letters: numeric entities made pages larger and their source unreadable.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class HtmlEncodingTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Pages_carry_vietnamese_letters_not_numeric_entities()
    {
        var (client, _) = await host.SignInAsync("so.canbo");

        var login = await host.Client().GetStringAsync("/account/login");
        var units = await client.GetStringAsync($"/units/{await host.UnitIdAsync("2024", "54")}");

        Assert.Contains("Đăng nhập", login);
        Assert.Contains("Tỉnh Phú Yên", units);
        Assert.DoesNotContain("&#x", login + units);
    }
}
