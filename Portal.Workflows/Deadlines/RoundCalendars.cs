using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Deadlines;

/// <summary>
/// The due dates and holidays of a set of rounds, read once, to put every dossier of a list against its clock:
/// the due date of the stage its state works towards, and its status today.
/// </summary>
public sealed class RoundCalendars
{
    private readonly ILookup<int, RoundDeadline> _deadlines;
    private readonly Dictionary<int, WorkingCalendar> _calendars;

    private RoundCalendars(List<RoundDeadline> deadlines, List<RoundHoliday> holidays, IEnumerable<int> roundIds)
    {
        _deadlines = deadlines.ToLookup(d => d.RoundId);
        var byRound = holidays.ToLookup(h => h.RoundId);
        _calendars = roundIds.Distinct().ToDictionary(id => id, id => new WorkingCalendar(byRound[id].Select(h => h.Date)));
    }

    public static async Task<RoundCalendars> ReadAsync(PortalDbContext db, IReadOnlyCollection<int> roundIds, CancellationToken ct)
    {
        var ids = roundIds.Distinct().ToList();
        var deadlines = await db.Set<RoundDeadline>().AsNoTracking().Where(d => ids.Contains(d.RoundId)).ToListAsync(ct);
        var holidays = await db.Set<RoundHoliday>().AsNoTracking().Where(h => ids.Contains(h.RoundId)).ToListAsync(ct);
        return new RoundCalendars(deadlines, holidays, ids);
    }

    /// <summary>The due date of the stage a dossier in <paramref name="state"/> works towards; null in a final state.</summary>
    public DateOnly? DueDate(int roundId, DossierState state) =>
        DossierStages.StageOf(state) is { } stage ? _deadlines[roundId].FirstOrDefault(d => d.Stage == stage)?.DueDate : null;

    public (DateOnly? Due, DueStatus Status) Clock(int roundId, DossierState state, DateOnly today)
    {
        var due = DueDate(roundId, state);
        var calendar = _calendars.TryGetValue(roundId, out var c) ? c : new WorkingCalendar([]);
        return (due, DueClock.Status(due, today, null, state == DossierState.ReturnedForSupplement, calendar));
    }
}
