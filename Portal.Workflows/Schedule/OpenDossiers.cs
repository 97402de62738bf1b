using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Schedule;

/// <summary>A dossier still under way in an open round, with the due date of its current stage.</summary>
public sealed record OpenDossier(
    int Id, int RoundId, string RoundName, ApprovalPolicy Policy, string UnitName, string UnitPath, DossierState State,
    bool SignedOff, DateOnly? PostingLastDay, RoundStage? Stage, DateOnly? Due, string ReminderDays)
{
    /// <summary>Returned for supplement: the clock is stopped, so no reminder and no escalation.</summary>
    public bool Paused => State == DossierState.ReturnedForSupplement;
    public string Link => $"/dossiers/{Id}";
}

internal static class OpenDossiers
{
    public static async Task<List<OpenDossier>> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var finals = DossierWorkflow.FinalStates.ToList();
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.Round!.Status == RoundStatus.Open && !finals.Contains(d.State))
            .Select(d => new
            {
                d.Id, d.RoundId, RoundName = d.Round!.Name, Round = d.Round!, d.Round.ReminderDays, Unit = d.Unit!.Name, d.Unit.Path,
                d.State, SignedOff = d.LeaderSignedOffAtUtc != null, d.PostingLastDay,
            }).ToListAsync(ct);
        var calendars = await RoundCalendars.ReadAsync(db, rows.Select(r => r.RoundId).ToList(), ct);
        return rows.Select(r => new OpenDossier(r.Id, r.RoundId, r.RoundName, ApprovalPolicy.For(r.Round), r.Unit, r.Path, r.State, r.SignedOff,
            r.PostingLastDay, DossierStages.StageOf(r.State), calendars.DueDate(r.RoundId, r.State), r.ReminderDays)).ToList();
    }

    /// <summary>"7,2" → [7, 2]; anything unreadable is skipped, an empty or unreadable list falls back to 7 and 2.</summary>
    public static IReadOnlyList<int> ParseReminderDays(string? text)
    {
        var days = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, out var n) ? n : -1).Where(n => n >= 0).Distinct().OrderDescending().ToList();
        return days.Count > 0 ? days : [7, 2];
    }
}
