using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Integration;

/// <summary>The Hangfire wiring of the real host: dashboard for administrators only, every job registered.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ScheduleHostTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Only_an_administrator_opens_the_dashboard()
    {
        var (admin, _) = await host.SignInAsync("quantri");
        var ok = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Hangfire", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire/recurring")).StatusCode);

        var (officer, _) = await host.SignInAsync("phuong1.canbo");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hangfire/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public void Every_job_is_registered_as_a_recurring_job()
    {
        using var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToHashSet();
        Assert.All(PortalJobs.All, j => Assert.Contains(j.Id, ids));
        Assert.Contains("run-all", ids);
    }

    [Fact]
    public void The_host_builds_every_job_and_the_runner()
    {
        // Resolved, not run: the jobs themselves are tested on their own database (ScheduledJobTests).
        using var scope = host.Factory.Services.CreateScope();
        Assert.All(PortalJobs.All, j => Assert.IsAssignableFrom<IPortalJob>(scope.ServiceProvider.GetRequiredService(j.JobType)));
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<Portal.Web.Schedule.PortalJobRunner>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<AllJobs>());
        Assert.False(scope.ServiceProvider.GetRequiredService<Portal.Workflows.Notifications.SmtpSettings>().Enabled);
    }
}
