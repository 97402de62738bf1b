using Bunit;
using Portal.Web.Accounts;

namespace Portal.Tests.Components;

[Trait("Category", "Component")]
public sealed class LoginFormTests : PortalComponentTest
{
    [Fact]
    public void Speaks_Vietnamese_by_default_and_posts_to_the_login_endpoint()
    {
        var cut = Render<LoginForm>(p => p.Add(x => x.ReturnUrl, "/units/5"));
        Assert.Equal("Tên đăng nhập", cut.Find("label[for=userName]").TextContent);
        Assert.Equal("Mật khẩu", cut.Find("label[for=password]").TextContent);
        var form = cut.Find("form#login-form");
        Assert.Equal("/account/login", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/units/5", cut.Find("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal("test-token", cut.Find("input[name=__RequestVerificationToken]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("#login-error"));
    }

    [Theory]
    [InlineData("invalid", "không đúng")]
    [InlineData("locked", "tạm khoá")]
    [InlineData("disabled", "quản trị hệ thống khoá")]
    [InlineData("missing", "Vui lòng nhập")]
    [InlineData("expired", "Trang đăng nhập đã cũ")]
    public void Explains_why_the_last_attempt_failed(string error, string expected)
    {
        var cut = Render<LoginForm>(p => p.Add(x => x.Error, error).Add(x => x.UserName, "phuong1.canbo"));
        Assert.Contains(expected, cut.Find("#login-error").TextContent);
        Assert.Equal("phuong1.canbo", cut.Find("#userName").GetAttribute("value"));
    }

    [Fact]
    public void Speaks_English_when_the_culture_is_English()
    {
        UseCulture("en-US");
        var cut = Render<LoginForm>(p => p.Add(x => x.Error, "locked"));
        Assert.Equal("User name", cut.Find("label[for=userName]").TextContent);
        Assert.Contains("temporarily locked", cut.Find("#login-error").TextContent);
    }
}
