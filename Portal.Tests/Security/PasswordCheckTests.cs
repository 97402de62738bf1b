using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Accounts;

namespace Portal.Tests.Security;

/// <summary>
/// The password check tells nothing about which names exist: an unknown name goes through the same hasher as a
/// known one, and "disabled" or "locked" is only told after the right password. (The code path is asserted, not the
/// time: wall-clock thresholds would make the test flaky.)
/// </summary>
[Trait("Category", "Integration")]
public sealed class PasswordCheckTests : IAsyncLifetime
{
    /// <summary>Identity's own hasher, counting how often a password is verified.</summary>
    private sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();
        public int Verified { get; private set; }
        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private readonly CountingHasher _hasher = new();
    private TestDatabase _db = null!;
    private PasswordCheck _check = null!;
    private UserManager<PortalUser> _users = null!;

    /// <summary>Three accounts with the password "Dung@2026": one plain, one disabled, one locked by other means.</summary>
    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(withSampleUnits: false, configure: s =>
        {
            s.AddIdentityCore<PortalUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PortalDbContext>();
            s.AddSingleton<IPasswordHasher<PortalUser>>(_hasher);
        });
        var scope = _db.Services.CreateScope();
        _users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        _check = scope.ServiceProvider.GetRequiredService<PasswordCheck>();
        foreach (var name in new[] { "known", "off", "held" })
            Assert.True((await _users.CreateAsync(new PortalUser { UserName = name, IsDisabled = name == "off" }, "Dung@2026")).Succeeded);
        var held = (await _users.FindByNameAsync("held"))!;
        await _users.SetLockoutEnabledAsync(held, true);
        await _users.SetLockoutEndDateAsync(held, DateTimeOffset.UtcNow.AddYears(1));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("nobody")]
    [InlineData("known")]
    [InlineData("off")]
    [InlineData("held")]
    public async Task A_wrong_password_verifies_one_hash_and_answers_Invalid_whatever_the_name(string name)
    {
        var before = _hasher.Verified;
        var result = await _check.CheckAsync(name, "Sai@2026");
        Assert.Equal(PasswordCheckOutcome.Invalid, result.Outcome);
        Assert.Null(result.User);
        Assert.Equal(1, _hasher.Verified - before);
    }

    [Theory]
    [InlineData("known", PasswordCheckOutcome.Succeeded)]
    [InlineData("off", PasswordCheckOutcome.Disabled)]
    [InlineData("held", PasswordCheckOutcome.LockedOut)]
    public async Task Only_the_right_password_learns_that_an_account_is_disabled_or_locked(string name, PasswordCheckOutcome expected)
    {
        Assert.Equal(expected, (await _check.CheckAsync(name, "Dung@2026")).Outcome);
    }

    [Fact]
    public async Task Wrong_passwords_write_nothing_so_they_cost_the_same_for_every_name()
    {
        for (var i = 0; i < 10; i++) await _check.CheckAsync("known", "Sai@2026");
        var known = (await _users.FindByNameAsync("known"))!;
        Assert.Equal(0, known.AccessFailedCount);
        Assert.Null(known.LockoutEnd);
        Assert.Equal(PasswordCheckOutcome.Succeeded, (await _check.CheckAsync("known", "Dung@2026")).Outcome);
    }
}
