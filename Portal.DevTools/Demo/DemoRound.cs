using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Rounds.Registering;

namespace Portal.DevTools.Demo;

/// <summary>A dossier the demo round opened: its id and version, its commune (with its district) and where it should end.</summary>
internal sealed record DemoDossier(int Id, int Version, AdminUnit Commune, string Category, int Year, DossierState Target, bool Returned)
{
    /// <summary>Varies the days and the figures from commune to commune and from year to year.</summary>
    public int Seed => SeedOf(Commune, Year);

    public static int SeedOf(AdminUnit unit, int year) => int.Parse(unit.Code, CultureInfo.InvariantCulture) * 31 + year;
}

/// <summary>
/// One year of the demo in the province, through the product's round services: the province officer creates the round,
/// registers the communes of <see cref="DemoPlan"/> from a list (as the province's bulk registration takes it) and opens
/// the round (a dossier per registration); each dossier is walked to its planned state (<see cref="DemoDossierWalk"/>),
/// and a past year's round is closed.
/// </summary>
internal sealed class DemoRound(DemoServices services, DemoActors actors, AdminUnit province, IReadOnlyDictionary<string, AdminUnit> communes,
    DateTimeOffset latest)
{
    private readonly Dictionary<string, int> _decisionNumbers = [];

    /// <summary>Adds the round of <paramref name="year"/>; gives how many dossiers it has.</summary>
    public async Task<int> AddAsync(int year, CancellationToken ct)
    {
        var plans = DemoPlan.Communes.Where(p => communes.ContainsKey(p.Code))
            .Select(p => (Commune: communes[p.Code], p.Category,
                Outcome: year == DemoPlan.OpenYear ? (p.In2026, false) : DemoPlan.Outcome(p.History[year - DemoPlan.FirstYear])))
            .Where(p => p.Outcome.Item1 is not null).ToList();
        var time = new DemoTimeline(services.Clock, latest);
        var officer = actors.Province(PortalRoles.ProvinceOfficer);

        time.MoveTo(DemoCalendar.CreatedOn(year));
        var roundId = Check(await services.Rounds.CreateAsync(officer, DemoCalendar.Round(year, province.Id), ct), year, "creating the round");
        time.MoveTo(DemoCalendar.RegisteredOn(year));
        var list = string.Join('\n', [RegistrationCsv.Header, .. plans.Select(p => p.Commune.Code)]);
        Check(await services.Registration.RegisterCsvAsync(officer, roundId, new StringReader(list), ct), year, "registering the communes");
        time.MoveTo(DemoCalendar.OpensOn(year));
        Check(await services.Rounds.OpenAsync(officer, roundId, ct), year, "opening the round");

        var opened = await OpenedAsync(roundId, ct);
        foreach (var p in plans)
        {
            var (id, version) = opened[p.Commune.Id];
            var dossier = new DemoDossier(id, version, p.Commune, p.Category, year, p.Outcome.Item1!.Value, p.Outcome.Item2);
            await new DemoDossierWalk(services, actors, new DemoTimeline(services.Clock, latest), NextDecisionNumber, dossier).WalkAsync(ct);
        }
        if (year == DemoPlan.OpenYear) return plans.Count;
        time.MoveTo(DemoCalendar.ClosedOn(year));
        Check(await services.Closing.CloseAsync(officer, roundId, ct), year, "closing the round");
        return plans.Count;
    }

    /// <summary>The dossiers the opening created, by commune.</summary>
    private async Task<Dictionary<int, (int Id, int Version)>> OpenedAsync(int roundId, CancellationToken ct)
    {
        await using var db = await services.Database.CreateDbContextAsync(ct);
        return await db.Dossiers.Where(d => d.RoundId == roundId).ToDictionaryAsync(d => d.UnitId, d => (d.Id, d.Version), ct);
    }

    /// <summary>Each district numbers its decisions of the year in order ("123/QĐ-UBND").</summary>
    private string NextDecisionNumber(AdminUnit district)
    {
        var number = _decisionNumbers[district.Code] = _decisionNumbers.GetValueOrDefault(district.Code, 100 + DemoDossier.SeedOf(district, 0) % 50) + 1;
        return $"{number}/QĐ-UBND";
    }

    public static T Check<T>(Outcome<T> outcome, int year, string what) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException($"Demo {year}: {what} was {outcome.Kind}: {string.Join(" ", outcome.Errors)}");
}
