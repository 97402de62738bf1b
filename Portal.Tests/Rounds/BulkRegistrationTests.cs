using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Rounds;
using Portal.Workflows.Rounds.Registering;
using Portal.Workflows.Standards;
using Portal.Workflows.Summaries;

namespace Portal.Tests.Rounds;

/// <summary>The province registers communes in bulk (all of the scope, or a CSV refused whole) and opening inserts set-based.</summary>
[Trait("Category", "Integration")]
public class BulkRegistrationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private int _roundId;
    private List<string> _communes = [];
    private UserScope _province = UserScope.Anonymous;
    private BulkRegistration Bulk => _db.Services.GetRequiredService<BulkRegistration>();

    /// <summary>The database the tests run on: SQLite here, PostgreSQL in the subclass of Portal.Tests.Postgres.</summary>
    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        await _db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        var phuYen = await _db.UnitAsync("54");
        _province = new UserScope("id-so", "so.canbo", new HashSet<string> { PortalRoles.ProvinceOfficer }, phuYen.Id, phuYen.Path);
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2026, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var created = await _db.Services.GetRequiredService<RoundService>().CreateAsync(_province, new NewRound(2026, "Đợt 2026", "DEMO-06",
            phuYen.Id, ApprovalChain.ThreeLevel, new(2025, 11, 1), new(2026, 10, 31), new(2026, 10, 30), 5, due, []));
        _roundId = created.Value;
        // The province set the categories of all its communes but the last: the first A, the others B.
        await using var db = _db.Context();
        var communes = await db.Units.Where(u => u.Path.StartsWith(phuYen.Path) && u.Level == UnitLevel.Commune)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code }).ToListAsync();
        _communes = communes.ConvertAll(c => c.Code);
        db.CommuneCategories.AddRange(communes.SkipLast(1).Select((c, i) => new CommuneCategoryAssignment
        {
            UnitId = c.Id, StandardCode = "DEMO-06", Category = i == 0 ? "A" : "B", SetBy = "so.canbo", SetAtUtc = Portal.Data.MicrosecondClock.Instance.GetUtcNow().UtcDateTime,
        }));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Set_based_registrations_and_dossiers_are_audited_like_rows_the_services_insert()
    {
        // One commune registered one by one (an audited insert), the others in bulk after it: rows the audit never saw
        // after one it saw would be reported as added quietly.
        var first = await _db.UnitAsync(_communes[0]);
        var commune = new UserScope("id-xa", "xa.canbo", new HashSet<string> { PortalRoles.CommuneOfficer }, first.Id, first.Path);
        Assert.True((await _db.Services.GetRequiredService<RoundService>().RegisterAsync(commune, _roundId, first.Id)).Succeeded);
        Assert.Equal(2, (await Bulk.RegisterAllAsync(_province, _roundId)).Value);
        Assert.True((await _db.Services.GetRequiredService<RoundService>().OpenAsync(_province, _roundId)).Succeeded);

        var audit = await _db.Services.GetRequiredService<Portal.Workflows.Audit.AuditVerifier>().VerifyAsync();
        Assert.True(audit.Intact, string.Join("; ", audit.Disagreements) + audit.Chain.Break?.Problem);
    }

    [Fact]
    public async Task Every_commune_of_the_scope_with_a_category_is_registered_once_in_it_and_opening_makes_their_dossiers_and_summaries()
    {
        Assert.Equal(4, _communes.Count);
        Assert.Equal(3, (await Bulk.RegisterAllAsync(_province, _roundId)).Value); // the last has no category
        Assert.Equal(0, (await Bulk.RegisterAllAsync(_province, _roundId)).Value); // repeated: nothing more
        Assert.True((await _db.Services.GetRequiredService<RoundService>().OpenAsync(_province, _roundId)).Succeeded);

        await using var db = _db.Context();
        Assert.Equal(["A", "B", "B"], await db.Dossiers.Where(d => d.RoundId == _roundId).OrderBy(d => d.Category).Select(d => d.Category).ToListAsync());
        Assert.Equal(3, await db.DossierSummaries.CountAsync(s => s.RoundId == _roundId));
        Assert.Empty(await _db.Services.GetRequiredService<SummaryCheck>().DifferencesAsync());

    }

    [Fact]
    public async Task A_csv_with_any_bad_line_is_refused_whole_and_each_problem_names_its_line()
    {
        var (first, second, none) = (_communes[0], _communes[1], _communes[3]);
        var csv = $"{RegistrationCsv.Header}\n{first}\n00001\n{first}\n{none}\n";
        var refused = await Bulk.RegisterCsvAsync(_province, _roundId, new StringReader(csv));
        Assert.False(refused.Succeeded);
        Assert.Equal(3, refused.Errors.Count);
        Assert.Contains(refused.Errors, e => e.Contains('3') && e.Contains("00001", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains('4') && e.Contains(first, StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains('5') && e.Contains(none, StringComparison.Ordinal));
        await using var db = _db.Context();
        Assert.Equal(0, await db.Registrations.CountAsync());

        var accepted = await Bulk.RegisterCsvAsync(_province, _roundId, new StringReader($"{RegistrationCsv.Header}\n{first}\n{second}\n"));
        Assert.Equal(2, accepted.Value);
        Assert.Equal(["A", "B"], await db.Registrations.OrderBy(r => r.Category).Select(r => r.Category).ToListAsync());
    }

    [Fact]
    public async Task A_commune_officer_may_not_register_in_bulk()
    {
        var commune = await _db.UnitAsync("22015");
        var officer = new UserScope("id-p1", "phuong1.canbo", new HashSet<string> { PortalRoles.CommuneOfficer }, commune.Id, commune.Path);
        Assert.True((await Bulk.RegisterAllAsync(officer, _roundId)).IsRefused);
    }
}
