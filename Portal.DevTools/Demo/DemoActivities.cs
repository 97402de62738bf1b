using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Data.Units;
using Portal.Data;
using Portal.Workflows.Activities;

namespace Portal.DevTools.Demo;

/// <summary>
/// Development only: the programme activities of <see cref="DemoActivityPlan"/>, inserted directly. Idempotent: an item
/// already there (same unit and date and title, or name, or year) is skipped, and units missing from the database are left out.
/// </summary>
public sealed class DemoActivities(IDbContextFactory<PortalDbContext> dbFactory, PortalDataPaths paths)
{
    /// <summary>Adds what is missing; returns how many rows it added.</summary>
    public async Task<int> EnsureAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = DemoActivityPlan.Talks.Select(t => t.Unit).Concat(DemoActivityPlan.Models.Select(m => m.Unit))
            .Concat(DemoActivityPlan.Inspections.Select(i => i.Unit)).Concat(DemoActivityPlan.Targets.Select(t => t.Unit)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.StructureCode == DemoPlan.Structure && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        if (units.Count == 0) return 0;
        var ids = units.Values.Select(u => u.Id).ToList();
        var files = new List<string>();
        var added = await AddTalksAsync(db, units, ids, files, ct) + await AddModelsAsync(db, units, ids, ct)
            + await AddInspectionsAsync(db, units, ids, ct) + await AddTargetsAsync(db, units, ids, ct);
        if (added == 0) return 0;
        await db.SaveChangesAsync(ct); // one save: all of the demo's activities or none
        foreach (var stored in files) await File.WriteAllBytesAsync(EvidenceFiles.PathOf(stored, paths), Placeholder(stored), ct);
        return added;
    }

    private async Task<int> AddTalksAsync(PortalDbContext db, Dictionary<string, AdminUnit> units, List<int> ids, List<string> files, CancellationToken ct)
    {
        var have = (await db.CommunicationActivities.Where(a => ids.Contains(a.UnitId)).Select(a => new { a.UnitId, a.Date, a.Title }).ToListAsync(ct))
            .Select(a => (a.UnitId, a.Date, a.Title)).ToHashSet();
        var added = 0;
        foreach (var t in DemoActivityPlan.Talks)
        {
            if (!units.TryGetValue(t.Unit, out var unit) || !have.Add((unit.Id, t.Date, t.Title))) continue;
            var stored = t.EvidenceFile is null ? null : Guid.NewGuid().ToString("N") + Path.GetExtension(t.EvidenceFile);
            if (stored is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(EvidenceFiles.PathOf(stored, paths))!);
                files.Add(stored);
            }
            db.CommunicationActivities.Add(new CommunicationActivity
            {
                UnitId = unit.Id, Date = t.Date, Kind = t.Kind, Title = t.Title, AudienceReached = t.Audience, AudienceNote = t.AudienceNote,
                EvidenceNote = t.EvidenceNote, EvidenceFileName = t.EvidenceFile, EvidenceStoredName = stored,
                CreatedBy = DemoPeople.Officer(unit), CreatedAtUtc = At(t.Date),
            });
            added++;
        }
        return added;
    }

    private static async Task<int> AddModelsAsync(PortalDbContext db, Dictionary<string, AdminUnit> units, List<int> ids, CancellationToken ct)
    {
        var have = (await db.SafeModels.Where(m => ids.Contains(m.UnitId)).Select(m => new { m.UnitId, m.Name }).ToListAsync(ct))
            .Select(m => (m.UnitId, m.Name)).ToHashSet();
        var missing = DemoActivityPlan.Models.Where(m => units.ContainsKey(m.Unit) && have.Add((units[m.Unit].Id, m.Name))).ToList();
        db.SafeModels.AddRange(missing.Select(m => new SafeModel
        {
            UnitId = units[m.Unit].Id, Kind = m.Kind, Name = m.Name, StartedOn = m.StartedOn, EndedOn = m.EndedOn,
            CreatedBy = DemoPeople.Officer(units[m.Unit]), CreatedAtUtc = At(m.StartedOn),
        }));
        return missing.Count;
    }

    private static async Task<int> AddInspectionsAsync(PortalDbContext db, Dictionary<string, AdminUnit> units, List<int> ids, CancellationToken ct)
    {
        var have = (await db.Inspections.Where(i => ids.Contains(i.UnitId)).Select(i => new { i.UnitId, i.Date, i.Team }).ToListAsync(ct))
            .Select(i => (i.UnitId, i.Date, i.Team)).ToHashSet();
        var missing = DemoActivityPlan.Inspections.Where(i => units.ContainsKey(i.Unit) && have.Add((units[i.Unit].Id, i.Date, i.Team))).ToList();
        var inspector = units.TryGetValue(DemoActivityPlan.TuyHoa, out var district) ? DemoPeople.Officer(district) : DemoPeople.ProvinceOfficer;
        db.Inspections.AddRange(missing.Select(i => new Inspection
        {
            UnitId = units[i.Unit].Id, Date = i.Date, Team = i.Team, Findings = i.Findings, FollowUp = i.FollowUp, FollowUpDue = i.Due,
            FollowUpDoneOn = i.DoneOn, CreatedBy = inspector, CreatedAtUtc = At(i.Date), Version = i.DoneOn is null ? 1 : 2,
        }));
        return missing.Count;
    }

    private static async Task<int> AddTargetsAsync(PortalDbContext db, Dictionary<string, AdminUnit> units, List<int> ids, CancellationToken ct)
    {
        var have = (await db.ProgrammeTargets.Where(t => ids.Contains(t.UnitId)).Select(t => new { t.UnitId, t.Year }).ToListAsync(ct))
            .Select(t => (t.UnitId, t.Year)).ToHashSet();
        var missing = DemoActivityPlan.Targets.Where(t => units.ContainsKey(t.Unit) && have.Add((units[t.Unit].Id, t.Year))).ToList();
        db.ProgrammeTargets.AddRange(missing.Select(t => new ProgrammeTarget
        {
            UnitId = units[t.Unit].Id, Year = t.Year, TargetRegistered = t.Registered, TargetRecognised = t.Recognised, Note = t.Note,
            UpdatedBy = t.Unit == DemoActivityPlan.TuyHoa ? DemoPeople.Officer(units[t.Unit]) : DemoPeople.ProvinceOfficer,
            UpdatedAtUtc = At(new DateOnly(t.Year - 1, 12, 20)),
        }));
        return missing.Count;
    }

    private static DateTime At(DateOnly date) => date.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);

    private static byte[] Placeholder(string name) =>
        Encoding.UTF8.GetBytes($"%PDF-1.4\n% Demo placeholder: {name} (illustrative, not a real document)\n%%EOF\n");
}
