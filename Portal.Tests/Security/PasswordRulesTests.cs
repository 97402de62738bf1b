using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Components;
using Portal.Web.Admin;
using Portal.Workflows.Accounts;

namespace Portal.Tests.Security;

/// <summary>Password rules and Identity's refusals in Vietnamese, from the options that Identity enforces.</summary>
[Trait("Category", "Component")]
public sealed class PasswordRulesTests : PortalComponentTest
{
    [Fact]
    public void Every_message_of_Identity_is_overridden_so_no_English_sentence_reaches_a_form()
    {
        var messages = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).ToList();
        Assert.NotEmpty(messages);
        var describer = new LocalizedIdentityErrors();
        foreach (var m in messages)
        {
            var own = typeof(LocalizedIdentityErrors).GetMethod(m.Name, [.. m.GetParameters().Select(p => p.ParameterType)])!;
            Assert.True(own.DeclaringType == typeof(LocalizedIdentityErrors), $"{m.Name} is Identity's English text");
            var args = m.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)8 : "x").ToArray();
            var text = ((IdentityError)own.Invoke(describer, args)!).Description;
            Assert.DoesNotContain("Identity.", text); // a missing resource shows its key
        }
    }

    [Fact]
    public void The_rules_are_the_options_in_Vietnamese()
    {
        var rules = PasswordRules.Describe(new PasswordOptions { RequiredLength = 8 });
        Assert.Equal([
            "Mật khẩu phải có ít nhất 8 ký tự.",
            "Mật khẩu phải có ít nhất một chữ hoa.",
            "Mật khẩu phải có ít nhất một chữ thường.",
            "Mật khẩu phải có ít nhất một chữ số.",
            "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).",
        ], rules);
        Assert.Single(PasswordRules.Describe(new PasswordOptions
            { RequiredLength = 12, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false }));
    }

    [Fact]
    public void The_forms_show_the_rules_that_Identity_enforces()
    {
        Services.Configure<IdentityOptions>(o => o.Password.RequiredLength = 10);
        var cut = Render<PasswordRulesList>();
        var items = cut.FindAll("ul.password-rules li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", items[0]);

        UseCulture("en-US");
        Assert.Equal("The password must be at least 10 characters long.", Render<PasswordRulesList>().Find("ul.password-rules li").TextContent);
    }
}
