using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Tests.Scoring;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Units.Categories;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// Issue 11's "done when": a two-level 2025 round of Đắk Lắk walked in chromium for Phường Tuy Hòa (2025 structure), whose
/// predecessors that went wholly into it — Phường 1, 2, … of Tuy Hoà — were all recognised in the demo's three-level rounds
/// of 2023 and 2024: its 2025 recognition proposes its 3-year reward, decided by the province.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TwoLevelRoundBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    private static readonly string Suffix = Guid.NewGuid().ToString("N")[..6];
    private static string Officer => "daklak.canbo." + Suffix;
    private static string Leader => "daklak.lanhdao." + Suffix;
    private static string CommuneOfficer => "tuyhoa2025.canbo." + Suffix;
    private static string CommuneLeader => "tuyhoa2025.lanhdao." + Suffix;

    [Fact]
    public async Task A_2025_commune_carries_its_predecessors_streak_into_a_two_level_round_and_is_proposed_for_the_three_year_reward()
    {
        var (id, communeId) = await PrepareAsync();

        var officer = await SignInAsync(Browser, host.BaseUrl, CommuneOfficer);
        await OpenAsync(officer, id);
        await StepAsync(officer, DossierTrigger.StartSelfAssessment, DossierState.SelfAssessing);
        await FillInputsAsync(id, communeId);
        await OpenAsync(officer, id);
        await officer.ClickAsync("text=" + "Hội đồng đánh giá cấp xã, niêm yết");
        await Field(officer, "council-members").FillAsync("Chủ tịch UBND phường và 6 thành viên");
        await Field(officer, "council-result").FillAsync("Thống nhất đề nghị công nhận");
        await officer.ClickAsync("#council-save");
        await Expect(officer.Locator(".step-button[data-trigger='RecordCouncil']")).ToBeEnabledAsync();
        await StepAsync(officer, DossierTrigger.RecordCouncil, DossierState.CouncilHeld);
        await officer.ClickAsync("#posting-save");
        await StepAsync(officer, DossierTrigger.StartPosting, DossierState.Posted);
        foreach (var kind in new[] { "RequestLetter", "SelfAssessmentSheet", "CouncilMinutes" }) // the explanatory notes are optional
        {
            await ChooseFileAsync(officer, $"upload-{kind}", new FilePayload { Name = $"{kind}.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 x"u8.ToArray() });
            await Expect(officer.Locator($".doc-row[data-kind='{kind}'] .file-link")).ToHaveCountAsync(1);
        }
        var leader = await SignInAsync(Browser, host.BaseUrl, CommuneLeader);
        await OpenAsync(leader, id);
        var signOff = leader.Locator($".step-button[data-trigger='{DossierTrigger.SignOffSubmission}']");
        await signOff.ClickAsync();
        await leader.Locator("#confirm-yes").ClickAsync(); // an act that cannot be undone asks first (issue 16 item 12)
        await Expect(Done(leader, "Đã thực hiện: Ký duyệt hồ sơ đề nghị")).ToBeVisibleAsync();
        await Expect(signOff).ToHaveCountAsync(0);
        await EndPostingAsync(id);

        // Days have passed on the portal's clock: sessions are over, new sign-ins.
        officer = await SignInAsync(Browser, host.BaseUrl, CommuneOfficer);
        await OpenAsync(officer, id);
        await StepAsync(officer, DossierTrigger.Submit, DossierState.Submitted);

        // Two levels: the province officer checks and appraises, the province leader decides.
        var province = await SignInAsync(Browser, host.BaseUrl, Officer);
        await OpenAsync(province, id);
        await Expect(province.Locator("#category-check")).ToBeVisibleAsync();
        await StepAsync(province, DossierTrigger.AcceptForAppraisal, DossierState.UnderAppraisal);
        await province.ClickAsync("#appraise-agree-rest");
        await Expect(province.Locator(".step-button[data-trigger='SendToReviewCouncil']")).ToBeVisibleAsync();
        await StepAsync(province, DossierTrigger.SendToReviewCouncil, DossierState.AtReviewCouncil);

        var chairman = await SignInAsync(Browser, host.BaseUrl, Leader);
        await OpenAsync(chairman, id);
        var today = host.Today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Field(chairman, "review-date").FillAsync(today);
        await Field(chairman, "review-members").FillAsync("Hội đồng xét duyệt tỉnh, 9 thành viên");
        await Field(chairman, "review-recommendation").FillAsync("Đề nghị công nhận");
        await Field(chairman, "decision-number").FillAsync("88/QĐ-UBND");
        await Field(chairman, "decision-date").FillAsync(today);
        await Field(chairman, "decision-signer").FillAsync("Nguyễn Văn A");
        await chairman.ClickAsync("#review-save");
        await Expect(chairman.Locator(".step-button[data-trigger='Recognize']")).ToBeVisibleAsync();
        await StepAsync(chairman, DossierTrigger.Recognize, DossierState.Recognized);

        await using (var db = host.CreateDb())
        {
            var proposal = await db.RewardProposals.AsNoTracking().SingleAsync(p => p.UnitId == communeId);
            Assert.Equal(("2023,2024,2025", RewardLevel.District, UnitLevel.Province, RewardForm.GiayKhen),
                (proposal.Years, proposal.Level, proposal.DeciderLevel, proposal.UsualForm));
        }
        await chairman.GotoAsync($"{host.BaseUrl}/rewards");
        await InteractiveAsync(chairman);
        await Expect(chairman.Locator("#proposal-table")).ToContainTextAsync("Phường Tuy Hòa");
        await Expect(chairman.Locator("#proposal-table")).ToContainTextAsync("2023–2025");
    }

    /// <summary>The round (2025, two levels, Đắk Lắk), the category, the four accounts and the registration, set up by their people's services.</summary>
    private async Task<(int DossierId, int CommuneId)> PrepareAsync()
    {
        var services = host.Factory.Services;
        var admin = new UserScope("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
        var daklak = await host.UnitIdAsync("2025", "66");
        var commune = await host.UnitIdAsync("2025", "22015");
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            foreach (var (name, role, unit) in new[] { (Officer, PortalRoles.ProvinceOfficer, daklak), (Leader, PortalRoles.ProvinceLeader, daklak),
                         (CommuneOfficer, PortalRoles.CommuneOfficer, commune), (CommuneLeader, PortalRoles.CommuneLeader, commune) })
                Assert.True((await users.CreateAsync(admin, new NewUser(name, name, null, "Demo@2026", role, unit))).Succeeded, name);
        }
        Assert.True((await services.GetRequiredService<CommuneCategories>().SetAsync(admin, commune, "DEMO-06", "B")).Succeeded);
        var rounds = services.GetRequiredService<RoundService>();
        var today = host.Today;
        var due = RoundRules.Order.Select((s, i) => (s, today.AddDays(-3 + 10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var created = await rounds.CreateAsync(admin, new NewRound(2025, "Đợt 2025 hai cấp " + Suffix, "DEMO-06", daklak, ApprovalChain.TwoLevel,
            new(2024, 11, 1), new(2025, 10, 31), today, 5, due, []));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var communeScope = new UserScope("x", CommuneOfficer, new HashSet<string> { PortalRoles.CommuneOfficer }, commune, "/2025/66/22015/");
        Assert.True((await rounds.RegisterAsync(communeScope, created.Value, commune)).Succeeded);
        Assert.True((await rounds.OpenAsync(admin, created.Value)).Succeeded);
        await using var db = host.CreateDb();
        return (await db.Dossiers.Where(d => d.RoundId == created.Value).Select(d => d.Id).SingleAsync(), commune);
    }

    private async Task FillInputsAsync(int id, int communeId)
    {
        var edits = host.Factory.Services.GetRequiredService<DossierEdits>();
        var scope = new UserScope(await UserIdAsync(CommuneOfficer), CommuneOfficer, new HashSet<string> { PortalRoles.CommuneOfficer }, communeId, "/2025/66/22015/");
        foreach (var (no, input) in DemoInputs.BestCase("B").Criteria)
        {
            await using var db = host.CreateDb();
            var version = await db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
            var saved = await edits.SaveSelfInputAsync(scope, id, version, no, input, "Sổ theo dõi của phường");
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = host.CreateDb();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task OpenAsync(IPage page, int id)
    {
        await page.GotoAsync($"{host.BaseUrl}/dossiers/{id}");
        await InteractiveAsync(page);
        await Expect(page.Locator("#dossier-state")).ToBeVisibleAsync();
    }

    private static async Task StepAsync(IPage page, DossierTrigger trigger, DossierState expected)
    {
        await page.Locator($".step-button[data-trigger='{trigger}']").ClickAsync();
        if (Portal.Web.Dossiers.StepConfirmation.Asks(trigger)) await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#dossier-state")).ToHaveAttributeAsync("data-state", expected.ToString());
    }

    /// <summary>The posting runs its days: the portal's clock moves to the morning after its last day.</summary>
    private async Task EndPostingAsync(int id)
    {
        await using var db = host.CreateDb();
        var lastDay = await db.Dossiers.Where(d => d.Id == id).Select(d => d.PostingLastDay!.Value).SingleAsync();
        host.Clock.AdvanceDays(lastDay.DayNumber - host.Today.DayNumber + 1);
    }
}
