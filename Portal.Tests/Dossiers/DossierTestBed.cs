using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Tests.Infrastructure;
using Portal.Tests.Scoring;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Scoring;
using Portal.Workflows.Standards;

namespace Portal.Tests.Dossiers;

/// <summary>
/// A real database with Phú Yên's sample units, the shipped sets, and an open 2026 round (DEMO-06, three levels)
/// in which Phường 1 (22015) and Xã Bình Kiến (22045) have dossiers. Scopes for every role of the walk.
/// </summary>
public sealed class DossierTestBed : IAsyncDisposable
{
    public TestDatabase Db { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    public DossierSteps Steps => Db.Services.GetRequiredService<DossierSteps>();
    public DossierEdits Edits => Db.Services.GetRequiredService<DossierEdits>();
    public DossierFiles Files => Db.Services.GetRequiredService<DossierFiles>();
    public DossierPageReader Pages => Db.Services.GetRequiredService<DossierPageReader>();
    public DossierQueue Queue => Db.Services.GetRequiredService<DossierQueue>();
    public DossierScoring Scoring => Db.Services.GetRequiredService<DossierScoring>();
    public PortalDataPaths Paths => Db.Services.GetRequiredService<PortalDataPaths>();
    public int RoundId { get; private set; }
    public UserScope Admin { get; } = new("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
    public UserScope CommuneOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope CommuneLeader { get; private set; } = UserScope.Anonymous;
    public UserScope OtherCommuneOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope DistrictOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope DistrictLeader { get; private set; } = UserScope.Anonymous;

    public static async Task<DossierTestBed> CreateAsync(params IInterceptor[] interceptors) => await CreateAsync(false, interceptors);

    /// <summary>With more services (an SMTP server's settings, say) registered after the defaults.</summary>
    public static async Task<DossierTestBed> CreateAsync(Action<IServiceCollection>? configure) => await CreateAsync(false, [], configure);

    /// <summary>With interceptors (a fault at a chosen save, say) and more services.</summary>
    public static async Task<DossierTestBed> CreateAsync(Action<IServiceCollection>? configure, params IInterceptor[] interceptors) =>
        await CreateAsync(false, interceptors, configure);

    /// <summary>On a database file, where concurrent operations use separate connections as in the portal.</summary>
    public static async Task<DossierTestBed> CreateOnFileAsync(Action<IServiceCollection>? configure = null) => await CreateAsync(true, [], configure);

    /// <summary>On a PostgreSQL database of its own (record 0019).</summary>
    public static async Task<DossierTestBed> CreateOnPostgresAsync(Action<IServiceCollection>? configure = null, string? server = null) =>
        await CreateAsync(false, [], configure, postgres: true, server);

    private static async Task<DossierTestBed> CreateAsync(bool onFile, IInterceptor[] interceptors, Action<IServiceCollection>? configure = null,
        bool postgres = false, string? server = null)
    {
        var bed = new DossierTestBed();
        void Clock(IServiceCollection s)
        {
            s.AddSingleton<TimeProvider>(bed.Clock);
            configure?.Invoke(s);
        }
        bed.Db = postgres ? await TestDatabase.CreateOnPostgresAsync(Clock, server: server)
            : onFile ? await TestDatabase.CreateOnFileAsync(Clock) : await TestDatabase.CreateAsync(true, Clock, interceptors);
        await bed.Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        bed.CommuneOfficer = await bed.ScopeAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        bed.CommuneLeader = await bed.ScopeAsync("phuong1.lanhdao", PortalRoles.CommuneLeader, "22015");
        bed.OtherCommuneOfficer = await bed.ScopeAsync("binhkien.canbo", PortalRoles.CommuneOfficer, "22045");
        bed.DistrictOfficer = await bed.ScopeAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        bed.DistrictLeader = await bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        await bed.OpenRoundAsync();
        return bed;
    }

    public async Task<UserScope> ScopeAsync(string name, string role, string code)
    {
        var unit = await Db.UnitAsync(code);
        return new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    private async Task OpenRoundAsync()
    {
        var rounds = Db.Services.GetRequiredService<RoundService>();
        var province = await Db.UnitAsync("54");
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2026, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var created = await rounds.CreateAsync(Admin, new NewRound(2026, "Đợt 2026", "DEMO-06", province.Id, ApprovalChain.ThreeLevel,
            new(2025, 11, 1), new(2026, 10, 31), new(2026, 10, 30), 5, due, []));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        RoundId = created.Value;
        foreach (var (scope, code) in new[] { (CommuneOfficer, "22015"), (OtherCommuneOfficer, "22045") })
        {
            // The province sets each commune's category; the commune registers under it.
            await SetCategoryAsync(code, "DEMO-06", "B");
            Assert.True((await rounds.RegisterAsync(scope, RoundId, (await Db.UnitAsync(code)).Id)).Succeeded);
        }
        Assert.True((await rounds.OpenAsync(Admin, RoundId)).Succeeded);
    }

    /// <summary>The province (here an administrator) sets a commune's category under a set.</summary>
    public async Task SetCategoryAsync(string code, string standard, string category)
    {
        var set = await Db.Services.GetRequiredService<Portal.Workflows.Units.Categories.CommuneCategories>()
            .SetAsync(Admin, (await Db.UnitAsync(code)).Id, standard, category);
        Assert.True(set.Succeeded, string.Join("; ", set.Errors));
    }

    public async Task<Dossier> DossierAsync(string code)
    {
        await using var db = Db.Context();
        return await db.Dossiers.AsNoTracking().SingleAsync(d => d.Unit!.Code == code && d.RoundId == RoundId);
    }

    /// <summary>Fires a step, asserting it succeeds; returns the new version.</summary>
    public async Task<int> StepAsync(UserScope who, int id, DossierTrigger trigger, string? reason = null, IReadOnlyList<ReturnRequest>? items = null)
    {
        var version = (await Db.Context().Dossiers.AsNoTracking().SingleAsync(d => d.Id == id)).Version;
        var result = await Steps.FireAsync(who, id, version, trigger, reason, items);
        Assert.True(result.Succeeded, $"{trigger}: {string.Join("; ", result.Errors)}");
        return result.Value;
    }

    public async Task<int> VersionAsync(int id) => (await Db.Context().Dossiers.AsNoTracking().SingleAsync(d => d.Id == id)).Version;

    /// <summary>Brings a dossier to its public posting the way the commune does: inputs, council, posting (no document yet).</summary>
    public async Task PostAsync(int id)
    {
        await StepAsync(CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        foreach (var (no, input) in DemoInputs.BestCase("B").Criteria)
            Assert.True((await Edits.SaveSelfInputAsync(CommuneOfficer, id, await VersionAsync(id), no, input, "Sổ theo dõi")).Succeeded);
        Assert.True((await Edits.SaveCouncilAsync(CommuneOfficer, id, await VersionAsync(id), new(2026, 11, 1), "7 thành viên", "Đề nghị công nhận")).Succeeded);
        await StepAsync(CommuneOfficer, id, DossierTrigger.RecordCouncil);
        Assert.True((await Edits.SavePostingAsync(CommuneOfficer, id, await VersionAsync(id), new(2026, 11, 2), new(2026, 11, 6), null)).Succeeded);
        await StepAsync(CommuneOfficer, id, DossierTrigger.StartPosting);
    }

    /// <summary>Posted, with the four documents of the procedure attached (not signed off yet).</summary>
    public async Task PostWithDocumentsAsync(int id)
    {
        await PostAsync(id);
        foreach (var kind in DossierFiles.ProcedureDocuments) await AttachAsync(CommuneOfficer, id, kind);
    }

    /// <summary>Brings a dossier to Submitted the way the commune does: inputs, council, posting, four documents, sign-off.</summary>
    public async Task SubmitAsync(int id)
    {
        await PostWithDocumentsAsync(id);
        await StepAsync(CommuneLeader, id, DossierTrigger.SignOffSubmission);
        Clock.AdvanceDays(6); // the posting is over
        await StepAsync(CommuneOfficer, id, DossierTrigger.Submit);
    }

    /// <summary>
    /// From Submitted to the review council with the decision recorded: every criterion appraised as
    /// <paramref name="appraise"/> gives (the self-assessed value when it gives null), each with a reason.
    /// </summary>
    public async Task ToReviewCouncilAsync(int id, Func<string, CriterionInput?>? appraise = null)
    {
        await StepAsync(DistrictOfficer, id, DossierTrigger.AcceptForAppraisal);
        foreach (var (no, input) in Best.Criteria)
        {
            var saved = await Edits.SaveAppraisalAsync(DistrictOfficer, id, await VersionAsync(id), no, appraise?.Invoke(no) ?? input, "Theo minh chứng");
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }
        await StepAsync(DistrictOfficer, id, DossierTrigger.SendToReviewCouncil);
        await RecordReviewAsync(id);
    }

    /// <summary>The review council of 20/11/2026 and the decision of 28/11/2026, recorded on the decision's day.</summary>
    public async Task RecordReviewAsync(int id)
    {
        var decisionDay = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
        if (Clock.Now < decisionDay) Clock.Now = decisionDay; // no council is recorded before it met
        var saved = await Edits.SaveReviewAsync(DistrictLeader, id, await VersionAsync(id), new(2026, 11, 20), "5 thành viên",
            "Đề nghị công nhận", "125/QĐ-UBND", new(2026, 11, 28), "Võ Văn Nam");
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
    }

    public async Task AttachAsync(UserScope who, int id, DocumentKind kind)
    {
        using var content = new MemoryStream("%PDF-1.4 test"u8.ToArray());
        var result = await Files.AddAsync(who, id, await VersionAsync(id), kind, null,
            new IncomingFile($"{kind}.pdf", "application/pdf", content.Length, content));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    public static ScoreInput Best => DemoInputs.BestCase("B");

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
