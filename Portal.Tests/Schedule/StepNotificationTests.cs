using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Notifications;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Schedule;

/// <summary>
/// Every step tells the people who must act next, in the step's own transaction, once: the leader when the dossier
/// waits for the sign-off, the district when it is submitted, the commune when it is returned. The texts are keys, so
/// each reader reads them in their own language.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StepNotificationTests : IAsyncLifetime
{
    private ScheduleTestBed _s = null!;
    private int _id;
    public async Task InitializeAsync()
    {
        _s = await ScheduleTestBed.CreateAsync();
        _id = (await _s.Bed.DossierAsync("22015")).Id;
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private NotificationService Notifications => _s.Job<NotificationService>();

    [Fact]
    public async Task When_the_dossier_waits_for_the_sign_off_the_leaders_bell_counts_one()
    {
        await _s.Bed.PostAsync(_id);

        Assert.Equal(1, await Notifications.UnreadCountAsync(_s.Bed.CommuneLeader));
        var row = Assert.Single(await Notifications.ListAsync(_s.Bed.CommuneLeader));
        Assert.Equal(("Chờ ký duyệt: Phường 1", $"/dossiers/{_id}"), (row.Title, row.Link));
        Assert.Equal(0, await Notifications.UnreadCountAsync(_s.Bed.CommuneOfficer)); // not told of their own steps
        Assert.Equal(0, await Notifications.UnreadCountAsync(_s.Bed.DistrictOfficer));

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try { Assert.Equal("Waiting for your sign-off: Phường 1", Assert.Single(await Notifications.ListAsync(_s.Bed.CommuneLeader)).Title); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public async Task A_submission_tells_the_district_officer_and_a_return_tells_the_commune()
    {
        await _s.Bed.SubmitAsync(_id);

        var submitted = Assert.Single(await _s.ForAsync(_s.Bed.DistrictOfficer));
        Assert.Equal("Hồ sơ mới nộp: Phường 1", ScheduleTestBed.Vi(submitted).Title);
        Assert.Empty(await _s.ForAsync(_s.Bed.DistrictLeader));
        Assert.Empty(await _s.ForAsync(_s.ProvinceOfficer));

        await _s.Bed.StepAsync(_s.Bed.DistrictOfficer, _id, DossierTrigger.ReturnForSupplement, "Thiếu bản sao sổ hộ tịch",
            [new ReturnRequest("criterion:2", "Thiếu bản sao sổ hộ tịch")]);

        foreach (var commune in new[] { _s.Bed.CommuneOfficer, _s.Bed.CommuneLeader })
        {
            var returned = (await _s.ForAsync(commune, NotificationKind.StepTaken)).Last();
            var (title, body) = ScheduleTestBed.Vi(returned);
            Assert.Equal("Yêu cầu bổ sung hồ sơ: Phường 1", title);
            Assert.Contains("Thiếu bản sao sổ hộ tịch", body);
        }
    }

    [Fact]
    public async Task The_steps_handler_run_twice_adds_nothing_the_second_time()
    {
        await _s.Bed.PostAsync(_id);
        var handler = _s.Job<StepNotifications>();
        await using var db = _s.Bed.Db.Context();
        var d = await db.Dossiers.Include(x => x.Round).Include(x => x.Unit).Include(x => x.Criteria).Include(x => x.Files).SingleAsync(x => x.Id == _id);
        var work = new DossierUnitOfWork(db, d, await _s.Bed.Scoring.SetAsync(d.StandardCode), _s.Bed.CommuneOfficer, _s.Today, DateTime.UtcNow);
        var again = new DossierStepTaken(_id, d.UnitId, DossierState.CouncilHeld, DossierState.Posted, DossierTrigger.StartPosting, "phuong1.canbo");

        await handler.HandleAsync(again, work, default);
        await handler.HandleAsync(again, work, default);
        await db.SaveChangesAsync();

        Assert.Single(await _s.ForAsync(_s.Bed.CommuneLeader));
        Assert.Single(await _s.OutboxAsync());
    }

    [Fact]
    public async Task A_change_after_the_sign_off_tells_the_leader_to_sign_again()
    {
        await _s.Bed.PostWithDocumentsAsync(_id);
        await _s.Bed.StepAsync(_s.Bed.CommuneLeader, _id, DossierTrigger.SignOffSubmission);

        await _s.Bed.AttachAsync(_s.Bed.CommuneOfficer, _id, DocumentKind.RequestLetter);

        var voided = Assert.Single(await _s.ForAsync(_s.Bed.CommuneLeader, NotificationKind.SignOffVoided));
        Assert.Equal("Cần ký duyệt lại: Phường 1", ScheduleTestBed.Vi(voided).Title);
    }

    [Fact]
    public async Task A_step_that_fails_after_its_handlers_ran_leaves_no_notification()
    {
        await using var s = await ScheduleTestBed.CreateAsync(configure: services =>
            services.AddSingleton<IDossierEventHandler<DossierStepTaken>, FailOnPosting>());
        var id = (await s.Bed.DossierAsync("22015")).Id;

        await Assert.ThrowsAsync<InvalidOperationException>(() => s.Bed.PostAsync(id));

        Assert.Equal(DossierState.CouncilHeld, (await s.Bed.DossierAsync("22015")).State);
        Assert.Empty(await s.ForAsync(s.Bed.CommuneLeader));
        Assert.Empty(await s.OutboxAsync());
    }

    /// <summary>Registered after the notifications: fails the step that starts the posting.</summary>
    private sealed class FailOnPosting : IDossierEventHandler<DossierStepTaken>
    {
        public Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct) =>
            e.To == DossierState.Posted ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
    }
}
