using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Schedule;

/// <summary>
/// Each job on a moved clock, and each job run twice: the second run, and a run by a fresh instance (as after a
/// restart: the jobs keep no state but the database), must create nothing.
/// </summary>
[Trait("Category", "Integration")]
public class ScheduledJobTests
{
    [Fact]
    public async Task A_round_opens_on_its_date_and_its_communes_are_told_once()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var rounds = s.Job<RoundService>();
        var province = await s.Bed.Db.UnitAsync("54");
        var opensOn = s.Today.AddDays(3);
        var due = RoundRules.Order.Select((st, i) => (st, opensOn.AddDays(i == 0 ? 0 : 10 * i))).ToDictionary(x => x.st, x => x.Item2);
        var created = await rounds.CreateAsync(s.Bed.Admin, new NewRound(2027, "Đợt 2027", "DEMO-06", province.Id, ApprovalChain.ThreeLevel,
            new(2026, 11, 1), new(2027, 10, 31), opensOn, 5, due, []));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var roundId = created.Value;
        Assert.True((await rounds.RegisterAsync(s.Bed.CommuneOfficer, roundId, (await s.Bed.Db.UnitAsync("22015")).Id)).Succeeded);

        s.Bed.Clock.AdvanceDays(2);
        await s.Job<OpenDueRoundsJob>().RunAsync();
        Assert.Equal(RoundStatus.Registration, await StatusAsync(s, roundId));

        s.Bed.Clock.AdvanceDays(1);
        Assert.True(await s.Job<OpenDueRoundsJob>().RunAsync() > 0);
        Assert.Equal(RoundStatus.Open, await StatusAsync(s, roundId));
        async Task<List<Notification>> Of2027(Portal.Workflows.Access.UserScope u) =>
            (await s.ForAsync(u, NotificationKind.RoundOpened)).Where(n => ScheduleTestBed.Vi(n).Title.Contains("Đợt 2027")).ToList();
        var opened = Assert.Single(await Of2027(s.Bed.CommuneOfficer));
        Assert.Contains("Phường 1", ScheduleTestBed.Vi(opened).Body);
        Assert.Single(await Of2027(s.Bed.CommuneLeader));
        Assert.Empty(await Of2027(s.Bed.OtherCommuneOfficer)); // not registered
        var count = (await s.NotificationsAsync()).Count;

        Assert.Equal(0, await s.Job<OpenDueRoundsJob>().RunAsync());
        s.Bed.Clock.AdvanceDays(1);
        Assert.Equal(0, await s.Job<OpenDueRoundsJob>().RunAsync());
        await using var db = s.Bed.Db.Context();
        Assert.Equal(1, await db.Dossiers.CountAsync(d => d.RoundId == roundId));
        Assert.Equal(count, (await s.NotificationsAsync()).Count);
    }

    [Fact]
    public async Task Reminders_arrive_seven_and_two_days_before_the_due_date_and_on_no_other_day()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var start = s.Today;
        await s.SetDueAsync(RoundStage.SelfAssessment, start.AddDays(10));
        var arrivals = new List<int>();
        for (var day = 0; day <= 12; day++)
        {
            var before = (await s.ForAsync(s.Bed.CommuneOfficer, NotificationKind.DueReminder)).Count;
            await s.Job<DueDateRemindersJob>().RunAsync();
            await s.Job<DueDateRemindersJob>().RunAsync(); // twice a day changes nothing
            var after = (await s.ForAsync(s.Bed.CommuneOfficer, NotificationKind.DueReminder)).Count;
            if (after > before) arrivals.Add(10 - day);
            Assert.True(after - before <= 1);
            s.Bed.Clock.AdvanceDays(1);
        }
        Assert.Equal([7, 2], arrivals);
        var reminders = await s.ForAsync(s.Bed.CommuneOfficer, NotificationKind.DueReminder);
        Assert.All(reminders, r => Assert.StartsWith("/dossiers/", r.Link));
        Assert.Contains(start.AddDays(10).ToString("dd/MM/yyyy"), ScheduleTestBed.Vi(reminders[0]).Body);
        // Only the role that acts on a registered dossier: the commune officer, not the leader or the district.
        Assert.Empty(await s.ForAsync(s.Bed.CommuneLeader, NotificationKind.DueReminder));
        Assert.Empty(await s.ForAsync(s.Bed.DistrictOfficer, NotificationKind.DueReminder));
        // Each commune's own officer: Bình Kiến's officer got Bình Kiến's reminders only.
        var other = await s.ForAsync(s.Bed.OtherCommuneOfficer, NotificationKind.DueReminder);
        var binhKien = await s.Bed.DossierAsync("22045");
        Assert.Equal(2, other.Count);
        Assert.All(other, n => Assert.Equal(binhKien.Id, n.DossierId));
    }

    [Fact]
    public async Task A_reminder_missed_while_the_server_was_down_goes_out_at_the_next_run()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(5)); // the 7-day point is past
        await s.Job<DueDateRemindersJob>().RunAsync();
        var reminder = Assert.Single(await s.ForAsync(s.Bed.CommuneOfficer, NotificationKind.DueReminder));
        Assert.EndsWith(":7", reminder.DedupKey);
    }

    [Fact]
    public async Task An_overdue_dossier_is_escalated_to_the_district_once()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today);
        Assert.Equal(0, await s.Job<EscalationJob>().RunAsync()); // due today is not late yet

        s.Bed.Clock.AdvanceDays(1);
        Assert.Equal(2, await s.Job<EscalationJob>().RunAsync()); // both communes of Tuy Hoà
        var escalations = await s.ForAsync(s.Bed.DistrictOfficer, NotificationKind.Escalation);
        Assert.Equal(2, escalations.Count);
        Assert.Contains(escalations, n => ScheduleTestBed.Vi(n).Title.Contains("Phường 1"));
        Assert.Empty(await s.ForAsync(s.Bed.CommuneOfficer, NotificationKind.Escalation));
        Assert.Empty(await s.ForAsync(s.ProvinceOfficer, NotificationKind.Escalation));

        Assert.Equal(0, await s.Job<EscalationJob>().RunAsync());
        s.Bed.Clock.AdvanceDays(3);
        Assert.Equal(0, await s.Job<EscalationJob>().RunAsync());
        Assert.Equal(2, (await s.NotificationsAsync()).Count);
    }

    [Fact]
    public async Task Disabled_accounts_get_nothing()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        await using (var db = s.Bed.Db.Context())
        {
            var user = await db.Users.SingleAsync(u => u.Id == s.Bed.CommuneOfficer.UserId);
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        }
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(2));
        await s.Job<DueDateRemindersJob>().RunAsync();
        Assert.Empty(await s.ForAsync(s.Bed.CommuneOfficer));
        Assert.Single(await s.ForAsync(s.Bed.OtherCommuneOfficer, NotificationKind.DueReminder));
    }

    [Fact]
    public async Task A_dossier_returned_for_supplement_is_paused()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var id = (await s.Bed.DossierAsync("22015")).Id;
        await s.Bed.SubmitAsync(id);
        await s.Bed.StepAsync(s.Bed.DistrictOfficer, id, DossierTrigger.ReturnForSupplement, "Thiếu biên bản",
            [new ReturnRequest("Biên bản họp hội đồng", "Chưa có chữ ký")]);
        await s.SetDueAsync(RoundStage.Submission, s.Today.AddDays(-1));
        await s.Job<EscalationJob>().RunAsync();
        await s.Job<DueDateRemindersJob>().RunAsync();
        Assert.DoesNotContain(await s.NotificationsAsync(), n => n.DossierId == id && n.Kind is NotificationKind.Escalation or NotificationKind.DueReminder);
    }

    [Fact]
    public async Task A_late_district_step_is_escalated_to_the_province()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var dossier = await s.Bed.DossierAsync("22015");
        await s.Bed.SubmitAsync(dossier.Id); // now with the district for its completeness check
        await s.SetDueAsync(RoundStage.CompletenessCheck, s.Today.AddDays(-1));
        await s.Job<EscalationJob>().RunAsync();
        var escalation = Assert.Single(await s.ForAsync(s.ProvinceOfficer, NotificationKind.Escalation));
        Assert.Equal(dossier.Id, escalation.DossierId);
    }

    [Fact]
    public async Task A_posting_ends_by_itself_and_the_commune_is_told_it_may_submit()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var b = s.Bed;
        var id = (await b.DossierAsync("22015")).Id;
        await b.StepAsync(b.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        foreach (var (no, input) in Portal.Tests.Scoring.DemoInputs.BestCase("B").Criteria)
            Assert.True((await b.Edits.SaveSelfInputAsync(b.CommuneOfficer, id, await b.VersionAsync(id), no, input, "Sổ")).Succeeded);
        Assert.True((await b.Edits.SaveCouncilAsync(b.CommuneOfficer, id, await b.VersionAsync(id), new(2026, 11, 1), "7", "Đề nghị")).Succeeded);
        await b.StepAsync(b.CommuneOfficer, id, DossierTrigger.RecordCouncil);
        Assert.True((await b.Edits.SavePostingAsync(b.CommuneOfficer, id, await b.VersionAsync(id), s.Today, s.Today.AddDays(4), null)).Succeeded);
        await b.StepAsync(b.CommuneOfficer, id, DossierTrigger.StartPosting);

        b.Clock.AdvanceDays(4); // the last day of the posting
        Assert.Equal(0, await s.Job<PostingEndedJob>().RunAsync());
        b.Clock.AdvanceDays(1);
        Assert.Equal(2, await s.Job<PostingEndedJob>().RunAsync());
        var told = Assert.Single(await s.ForAsync(b.CommuneOfficer, NotificationKind.PostingEnded));
        Assert.Equal($"/dossiers/{id}", told.Link);
        Assert.Single(await s.ForAsync(b.CommuneLeader, NotificationKind.PostingEnded));
        Assert.Equal(0, await s.Job<PostingEndedJob>().RunAsync());
        b.Clock.AdvanceDays(1);
        Assert.Equal(0, await s.Job<PostingEndedJob>().RunAsync());
    }

    [Fact]
    public async Task Running_every_job_twice_changes_nothing()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(-1));
        foreach (var day in new[] { 0, 1, 5 })
        {
            s.Bed.Clock.AdvanceDays(day);
            await s.Job<AllJobs>().RunAsync();
            var before = await SnapshotAsync(s);
            Assert.Equal(0, await s.Job<AllJobs>().RunAsync());
            foreach (var job in PortalJobs.All) // fresh instances, as after a restart
                Assert.Equal(0, await ((IPortalJob)s.Job<IServiceProvider>().GetService(job.JobType)!).RunAsync());
            Assert.Equal(before, await SnapshotAsync(s));
        }
        Assert.NotEmpty(await s.NotificationsAsync());
    }

    private static async Task<string> SnapshotAsync(ScheduleTestBed s)
    {
        await using var db = s.Bed.Db.Context();
        return $"{await db.Notifications.CountAsync()}/{await db.Dossiers.CountAsync()}/{await db.RewardProposals.CountAsync()}/"
            + string.Join(",", await db.Rounds.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
    }

    private static async Task<RoundStatus> StatusAsync(ScheduleTestBed s, int roundId)
    {
        await using var db = s.Bed.Db.Context();
        return (await db.Rounds.SingleAsync(r => r.Id == roundId)).Status;
    }
}
