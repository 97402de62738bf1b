using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Web.Accounts;
using Portal.Workflows.Access;

namespace Portal.Tests.Components;

/// <summary>
/// bUnit with MudBlazor (loose JS interop, popover provider), the portal's resources in Vietnamese,
/// and optionally a real in-memory database and a signed-in user.
/// </summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;
    protected TestDatabase? Database { get; private set; }
    /// <summary>What a prerender persisted, or what a test hands to an interactive render.</summary>
    protected Bunit.TestDoubles.BunitPersistentComponentState PersistentState { get; }

    protected PortalComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<CurrentUser>();
        Services.AddMemoryCache();
        Services.AddSingleton<Portal.Web.Components.Loading.PrerenderHandoff>();
        PersistentState = AddBunitPersistentComponentState();
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
        UseCulture("vi-VN");
    }

    protected static void UseCulture(string name) =>
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(name), new CultureInfo(name));

    protected async Task UseDatabaseAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Database.AddTo(Services);
    }

    /// <summary>Signs a user in with the claims the portal puts in its cookie: id, role and unit.</summary>
    protected async Task SignInAsync(string userName, string role, string? unitCode)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(role);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "id-" + userName) };
        if (unitCode is not null)
        {
            var unit = await Database!.UnitAsync(unitCode);
            claims.Add(new Claim(UserScope.UnitIdClaim, unit.Id.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(UserScope.UnitPathClaim, unit.Path));
        }
        auth.SetClaims([.. claims]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
