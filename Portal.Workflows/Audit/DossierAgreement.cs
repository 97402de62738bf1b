using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Audit;

/// <summary>
/// A dossier's state, its decision and its last history row must tell one story: the last history row leads to the
/// state (no history: still registered), a final decision has its number, date and signer, and a decision is not
/// recorded before the review council. Holds for dossiers older than the audit too.
/// </summary>
public static class DossierAgreement
{
    private static readonly DossierState[] Decided = [DossierState.Recognized, DossierState.NotRecognized];

    public static async Task<List<string>> DisagreementsAsync(PortalDbContext db, CancellationToken ct)
    {
        var last = new Dictionary<int, DossierState>();
        await foreach (var e in db.DossierEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.DossierId, e.ToState })
            .AsAsyncEnumerable().WithCancellation(ct))
            last[e.DossierId] = e.ToState;
        var problems = new List<string>();
        var dossiers = await db.Dossiers.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.State, d.DecisionNumber, d.DecisionDate, d.DecisionSigner }).ToListAsync(ct);
        foreach (var d in dossiers)
        {
            var decision = !string.IsNullOrWhiteSpace(d.DecisionNumber) || d.DecisionDate is not null || !string.IsNullOrWhiteSpace(d.DecisionSigner);
            var complete = !string.IsNullOrWhiteSpace(d.DecisionNumber) && d.DecisionDate is not null && !string.IsNullOrWhiteSpace(d.DecisionSigner);
            if (last.TryGetValue(d.Id, out var history) ? history != d.State : d.State != DossierState.Registered)
                problems.Add(last.ContainsKey(d.Id) ? WorkflowText.Get("Audit.StateNotHistory", d.Id, d.State, history)
                    : WorkflowText.Get("Audit.StateNoHistory", d.Id, d.State));
            if (Decided.Contains(d.State) && !complete) problems.Add(WorkflowText.Get("Audit.FinalWithoutDecision", d.Id, d.State));
            if (decision && !Decided.Contains(d.State) && d.State != DossierState.AtReviewCouncil)
                problems.Add(WorkflowText.Get("Audit.DecisionTooEarly", d.Id, d.DecisionNumber, d.State));
        }
        return problems;
    }
}
