using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Over real HTTP: the sign-in answer is the same for an unknown name and a known one, and nobody is locked out.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SignInSecrecyTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    /// <summary>Everything in the answer but the date, with the name typed replaced, so two answers can be compared byte for byte.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response, string name)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key != "Date")
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}")
            .Select(h => h.Replace(Uri.EscapeDataString(name), "NAME", StringComparison.Ordinal))
            .Where(h => !h.StartsWith("Content-Security-Policy", StringComparison.Ordinal)); // a fresh nonce each time
        return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n{await response.Content.ReadAsStringAsync()}";
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_disabled_account_with_a_wrong_password_get_the_same_answer()
    {
        var known = await TestAccounts.CreateAsync(host);
        var disabled = await TestAccounts.CreateAsync(host);
        var id = await TestAccounts.IdAsync(host, disabled);
        Assert.True((await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetDisabledAsync(scope, id, true))).Succeeded);
        var unknown = "t." + Guid.NewGuid().ToString("N")[..10];

        var answers = new List<string>();
        foreach (var name in new[] { unknown, known, disabled })
        {
            var (_, response) = await host.SignInAsync(name, "Sai@20261");
            answers.Add(await AnswerAsync(response, name));
        }
        Assert.Contains("error=invalid", answers[0]);
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
    }

    [Fact]
    public async Task Only_the_right_password_learns_that_the_account_is_disabled()
    {
        var name = await TestAccounts.CreateAsync(host);
        var id = await TestAccounts.IdAsync(host, name);
        Assert.True((await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetDisabledAsync(scope, id, true))).Succeeded);
        var (_, response) = await host.SignInAsync(name, TestAccounts.Password);
        Assert.Contains("error=disabled", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Many_wrong_passwords_from_a_stranger_do_not_lock_the_colleague_out()
    {
        var name = await TestAccounts.CreateAsync(host);
        for (var i = 0; i < 8; i++)
        {
            var (_, wrong) = await host.SignInAsync(name, "Sai@20261");
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString);
        }
        var (_, right) = await host.SignInAsync(name, TestAccounts.Password);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name);
        Assert.Null(user!.LockoutEnd);
    }
}
