using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.DevTools.Demo;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rewards;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Rewards;

/// <summary>The demo history on Phú Yên's units of the 2024 file: every state in 2026, the walk communes untouched, streaks of 3 and 5.</summary>
[Trait("Category", "Integration")]
public sealed class DemoHistoryTests(DemoHistoryFixture demo) : IClassFixture<DemoHistoryFixture>
{
    [Fact]
    public async Task The_open_2026_round_has_a_dossier_in_every_state_and_leaves_the_walk_communes_untouched()
    {
        await using var db = demo.Db.Context();
        var round = await db.Rounds.SingleAsync(r => r.Year == 2026);
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.All(await db.Set<RoundDeadline>().Where(d => d.RoundId == round.Id).ToListAsync(), d => Assert.True(d.DueDate.Month is 10 or 11 or 12));
        var states = await db.Dossiers.Where(d => d.RoundId == round.Id).Select(d => d.State).Distinct().ToListAsync();
        // Every state a person's step reaches; NotFinished is written only when a round closes.
        Assert.Equal(Enum.GetValues<DossierState>().Where(s => s != DossierState.NotFinished).Order(), states.Order());

        foreach (var code in new[] { "22015", "22045" })
        {
            var d = await db.Dossiers.Include(x => x.Criteria).Include(x => x.Files).SingleAsync(x => x.RoundId == round.Id && x.Unit!.Code == code);
            Assert.Equal((DossierState.Registered, 0, 0, (int?)null, (DateOnly?)null), (d.State, d.Criteria.Count, d.Files.Count, d.SelfTotal, d.CouncilDate));
            Assert.False(await db.DossierEvents.AnyAsync(e => e.DossierId == d.Id));
            Assert.True(await db.Registrations.AnyAsync(g => g.RoundId == round.Id && g.UnitId == d.UnitId));
        }
        var returned = await db.Dossiers.SingleAsync(d => d.RoundId == round.Id && d.State == DossierState.ReturnedForSupplement);
        Assert.True(await db.ReturnItems.AnyAsync(r => r.DossierId == returned.Id && r.Answer == null));
        Assert.NotNull((await db.StandardSets.SingleAsync(s => s.Code == "DEMO-06")).LockedAtUtc);
    }

    [Fact]
    public async Task Every_history_row_is_a_step_of_the_workflow_and_ends_in_the_dossiers_state()
    {
        await using var db = demo.Db.Context();
        var events = (await db.DossierEvents.ToListAsync()).ToLookup(e => e.DossierId);
        foreach (var d in await db.Dossiers.ToListAsync())
        {
            var state = DossierState.Registered;
            foreach (var e in events[d.Id].OrderBy(e => e.AtUtc))
            {
                Assert.Contains(DossierWorkflow.Transitions, t => t.From == state && t.Trigger.ToString() == e.Trigger && t.To == e.ToState);
                Assert.Equal(state, e.FromState);
                Assert.False(string.IsNullOrEmpty(e.UserName));
                state = e.ToState;
            }
            Assert.Equal(d.State, state);
        }
        Assert.Contains(await db.DossierEvents.Select(e => e.UserName).Distinct().ToListAsync(), n => n == "tuyhoa.canbo");
    }

    [Fact]
    public async Task Decided_dossiers_carry_a_decision_and_totals_that_agree_with_their_outcome()
    {
        var set = await demo.Db.Services.GetRequiredService<DossierScoring>().SetAsync("DEMO-06");
        await using var db = demo.Db.Context();
        var final = await db.Dossiers.Include(d => d.Criteria)
            .Where(d => d.State == DossierState.Recognized || d.State == DossierState.NotRecognized).ToListAsync();
        Assert.True(final.Count > 50);
        foreach (var d in final)
        {
            Assert.False(string.IsNullOrEmpty(d.DecisionNumber) || d.DecisionDate is null || string.IsNullOrEmpty(d.DecisionSigner));
            var appraised = DossierScoring.AppraisedScore(set, d);
            Assert.Equal(d.State == DossierState.Recognized ? Verdict.Recognized : Verdict.NotRecognized, appraised.Verdict);
            Assert.Equal((d.AppraisedTotal, d.SelfTotal), (appraised.Total, DossierScoring.SelfScore(set, d).Total));
        }
    }

    [Fact]
    public async Task Phuong_1_has_five_years_Binh_Kien_three_and_their_proposals_wait_for_the_right_leader()
    {
        var rewards = demo.Db.Services.GetRequiredService<RewardService>();
        var district = await ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        var streaks = (await rewards.StreaksAsync(district)).ToDictionary(s => s.Name, s => s.Streaks.Current.Years);
        Assert.Equal([2021, 2022, 2023, 2024, 2025], streaks["Phường 1"]);
        Assert.Equal([2023, 2024, 2025], streaks["Xã Bình Kiến"]);
        Assert.DoesNotContain("Phường 9", streaks.Keys); // broken by the refusal of 2026

        await using var db = demo.Db.Context();
        var open = await db.RewardProposals.Where(p => p.Status == RewardStatus.Proposed).Select(p => new { p.Unit!.Code, p.Level, p.Years }).ToListAsync();
        Assert.Contains(open, p => p.Code == "22015" && p.Level == RewardLevel.Province && p.Years == "2021,2022,2023,2024,2025");
        Assert.Contains(open, p => p.Code == "22045" && p.Level == RewardLevel.District && p.Years == "2023,2024,2025");
        Assert.Contains(open, p => p.Code == "22033" && p.Level == RewardLevel.Province && p.Years.EndsWith("2026", StringComparison.Ordinal));
        Assert.True(await db.RewardProposals.AnyAsync(p => p.Status == RewardStatus.Decided && p.AmountVnd == null));
        var rows = await rewards.ListAsync(district);
        Assert.Contains(rows, r => r.Commune == "Xã Bình Kiến" && r.CanDecide);
        Assert.DoesNotContain(rows, r => r.Level == RewardLevel.Province && r.CanDecide);
    }

    [Fact]
    public async Task Running_it_again_adds_nothing()
    {
        Assert.Equal(8, demo.First.Rounds);
        await using var before = demo.Db.Context();
        var counts = (await before.Dossiers.CountAsync(), await before.DossierEvents.CountAsync(), await before.RewardProposals.CountAsync());

        var second = await demo.Db.Services.GetRequiredService<DemoHistory>().EnsureAsync();

        Assert.Equal(new DemoHistoryResult(0, 0, 0), second);
        await using var after = demo.Db.Context();
        Assert.Equal(counts, (await after.Dossiers.CountAsync(), await after.DossierEvents.CountAsync(), await after.RewardProposals.CountAsync()));
    }

    [Fact]
    public async Task Submitted_demo_dossiers_have_their_four_documents_on_disk()
    {
        var paths = demo.Db.Services.GetRequiredService<PortalDataPaths>();
        await using var db = demo.Db.Context();
        var files = await db.DossierFiles.Where(f => db.Dossiers.Any(d => d.Id == f.DossierId && d.Round!.Year == 2026)).ToListAsync();
        Assert.NotEmpty(files);
        Assert.All(files.GroupBy(f => f.DossierId), g => Assert.Equal(4, g.Select(f => f.Kind).Distinct().Count()));
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(paths.Uploads, f.DossierId.ToString(System.Globalization.CultureInfo.InvariantCulture), f.StoredName))));
    }

    /// <summary>
    /// Made through the product's use cases, the demo leaves what they leave: summaries that agree with the detail
    /// (check-summaries finds nothing), an audit chain that verifies, and the four documents on every dossier ever
    /// submitted, past years' too (the product takes no submission without them).
    /// </summary>
    [Fact]
    public async Task Check_summaries_finds_no_difference_the_audit_chain_holds_and_every_submission_had_its_documents()
    {
        Assert.Empty(await demo.Db.Services.GetRequiredService<Portal.Workflows.Summaries.SummaryCheck>().DifferencesAsync());
        var audit = await demo.Db.Services.GetRequiredService<Portal.Workflows.Audit.AuditVerifier>().VerifyAsync();
        Assert.True(audit.Intact, string.Join("; ", audit.Disagreements));
        await using var db = demo.Db.Context();
        var submitted = await db.DossierEvents.Where(e => e.Trigger == nameof(DossierTrigger.Submit)).Select(e => e.DossierId).Distinct().ToListAsync();
        Assert.True(submitted.Count > 80);
        var documented = await db.DossierFiles.Where(f => submitted.Contains(f.DossierId)).GroupBy(f => f.DossierId)
            .Where(g => g.Select(f => f.Kind).Distinct().Count() == 4).CountAsync();
        Assert.Equal(submitted.Count, documented);
    }

    private async Task<Portal.Workflows.Access.UserScope> ScopeAsync(string name, string role, string code)
    {
        var unit = await demo.Db.UnitAsync(code);
        return new Portal.Workflows.Access.UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }
}
