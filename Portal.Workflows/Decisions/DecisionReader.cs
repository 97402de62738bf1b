using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Decisions;

/// <summary>
/// Reads the decision a dossier belongs to, for a reader who may read the dossier. As the round says: one decision per
/// deciding unit and decision number, with the recognised communes in an annexed list (the usual practice), or one per
/// commune (a list of one names its commune in article 1). A refusal is always one per commune. The issuer is the unit
/// the round's chain names as deciding.
/// </summary>
public sealed class DecisionReader(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, AccessLog accessLog)
{
    public async Task<Outcome<DecisionView>> ReadAsync(UserScope scope, int dossierId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().Include(x => x.Round).Include(x => x.Unit).ThenInclude(u => u!.Parent)
            .FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<DecisionView>();
        if (!AccessPolicy.CanRead(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{dossierId}", "read", "decision outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Dossiers.Refused")).As<DecisionView>();
        }
        if (d.State is not (DossierState.Recognized or DossierState.NotRecognized) || string.IsNullOrWhiteSpace(d.DecisionNumber)
            || d.DecisionDate is not { } date || string.IsNullOrWhiteSpace(d.DecisionSigner))
            return new DecisionView(dossierId, null);

        var round = d.Round!;
        var policy = ApprovalPolicy.For(round);
        var issuerPath = policy.DecidingUnitPath(d.Unit.Path) ?? d.Unit.Path;
        var issuer = await db.Units.AsNoTracking().FirstAsync(u => u.Path == issuerPath, ct);
        var appraisingPath = policy.AppraisingUnitPath(d.Unit.Path);
        var office = await db.Units.AsNoTracking().Where(u => u.Path == appraisingPath).Select(u => u.AppraisingOffice).FirstOrDefaultAsync(ct);
        var set = await scoring.SetAsync(d.StandardCode, ct);
        var recognises = d.State == DossierState.Recognized;
        var together = recognises && round.DecisionMode == DecisionMode.PerRound;
        var communes = together
            ? await db.Dossiers.AsNoTracking().Where(x => x.RoundId == round.Id && x.State == DossierState.Recognized
                    && x.DecisionNumber == d.DecisionNumber && x.Unit!.Path.StartsWith(issuerPath))
                .OrderBy(x => x.Unit!.Path)
                .Select(x => new DecisionCommune(x.Unit!.Name, x.Unit.Parent != null ? x.Unit.Parent.Name : null, x.AppraisedTotal)).ToListAsync(ct)
            : [new DecisionCommune(d.Unit.Name, d.Unit.Parent?.Name, d.AppraisedTotal)];
        var reason = recognises ? null : await db.DossierEvents.AsNoTracking()
            .Where(e => e.DossierId == dossierId && e.ToState == DossierState.NotRecognized).OrderByDescending(e => e.Id)
            .Select(e => e.Comment).FirstOrDefaultAsync(ct);
        var facts = new DecisionFacts(round.Year, recognises, issuer.Name, d.DecisionNumber, date, d.DecisionSignerTitle ?? SignerTitle.Chairman,
            d.DecisionSigner, set.Code, set.Illustrative, set.LegalBasis, Lines(round.DecisionBases), d.ReviewCouncilDate, office,
            round.SubmissionNumber, round.SubmissionDate, communes, together && communes.Count > 1, reason);
        return new DecisionView(dossierId, DecisionComposer.Compose(facts));
    }

    private static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
