using Hangfire.Dashboard;
using Portal.Data.Accounts;

namespace Portal.Web.Schedule;

/// <summary>
/// The Hangfire dashboard is for administrators: anyone else signed in gets 403, and nobody signed in 401 (Hangfire
/// picks the code from whether the user is authenticated).
/// </summary>
public sealed class AdministratorsOnlyDashboard : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(PortalRoles.Administrator);
}
