using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Tests.Dossiers;
using Portal.Web.Accounts;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;

namespace Portal.Tests.Security;

/// <summary>
/// A page kept open keeps its <see cref="UserScope"/>. Once the account's sessions end, that very scope is refused by
/// the services: no comment is added from a page left open after the account was disabled.
/// </summary>
[Trait("Category", "Unit")]
public sealed class OpenPageSessionTests
{
    [Fact]
    public async Task A_scope_kept_by_an_open_page_can_no_longer_write_once_its_session_ended_and_the_refusal_says_so()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var session = new SignInSession();
        var kept = bed.CommuneOfficer with { Session = session };
        var dossier = await DossierOfAsync(bed, "22015");

        await bed.Edits.AddCommentAsync(kept, dossier, await bed.VersionAsync(dossier), "trước khi khoá");
        session.End();
        await bed.Edits.AddCommentAsync(kept, dossier, await bed.VersionAsync(dossier), "sau khi khoá");

        await using var db = bed.Db.Context();
        Assert.Equal(["trước khi khoá"], await db.DossierComments.Where(c => c.DossierId == dossier).Select(c => c.Text).ToListAsync());
        var refusal = await db.AccessRefusals.SingleAsync();
        Assert.Equal((kept.UserId, "change"), (refusal.UserId, refusal.Action));
        Assert.StartsWith("session ended", refusal.Reason);
    }

    [Fact]
    public void An_ended_session_leaves_the_scope_no_role_no_unit_and_no_access()
    {
        var session = new SignInSession();
        var scope = new UserScope("u1", "so.canbo", new HashSet<string> { "ProvinceOfficer" }, 5, "/2024/54/") { Session = session };
        Assert.True(AccessPolicy.CanChange(scope, "/2024/54/555/"));
        session.End();
        Assert.False(scope.IsAuthenticated);
        Assert.Empty(scope.Roles);
        Assert.Null(scope.UnitPath);
        Assert.False(AccessPolicy.CanRead(scope, "/2024/54/555/"));
        Assert.Equal("u1", scope.UserId); // kept for the refusal log
    }

    [Fact]
    public async Task When_the_account_s_sessions_end_the_open_page_s_scope_and_identity_end_at_once()
    {
        var sessions = new AccountSessions();
        var check = new SessionCheck(new NoDatabase(), TimeProvider.System, Options.Create(new IdentityOptions()));
        using var provider = new RevalidatingUserStateProvider(NullLoggerFactory.Instance, check, new SessionActivity(TimeProvider.System), sessions);
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(
            new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "phuong1.canbo")], "cookie")))));
        var scope = await new CurrentUser(provider).GetScopeAsync();
        Assert.True(scope.IsAuthenticated);

        sessions.Announce("someone-else");
        Assert.True(scope.IsAuthenticated);
        sessions.Announce("u1");
        Assert.False(scope.IsAuthenticated);
        Assert.False((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    private static async Task<int> DossierOfAsync(DossierTestBed bed, string commune)
    {
        await using var db = bed.Db.Context();
        return await db.Dossiers.Where(d => d.Unit!.Code == commune).Select(d => d.Id).SingleAsync();
    }

    /// <summary>The provider's periodic check is not what this test is about: it must never reach a database.</summary>
    private sealed class NoDatabase : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => throw new InvalidOperationException("no database in this test");
    }
}
