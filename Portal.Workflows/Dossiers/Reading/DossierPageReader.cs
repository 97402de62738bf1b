using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Chains;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Reads the dossier page for one reader: the dossier scored once, the steps and edits this reader may take now, and
/// the steps held back by unmet conditions (so the page lists what is still needed).
/// </summary>
public sealed class DossierPageReader(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, AccessLog accessLog,
    TimeProvider clock)
{
    public async Task<Outcome<DossierPage>> ReadAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().Include(x => x.Round).ThenInclude(r => r!.ScopeUnit)
            .Include(x => x.Round).ThenInclude(r => r!.Deadlines)
            .Include(x => x.Unit).ThenInclude(u => u!.Parent).Include(x => x.Criteria).Include(x => x.Files)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<DossierPage>();
        if (!AccessPolicy.CanRead(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{id}", "read", "outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Dossiers.Refused")).As<DossierPage>();
        }
        var set = await scoring.SetAsync(d.StandardCode, ct);
        var scores = scoring.Score(set, d);
        var facts = DossierFactsReader.Read(d, set, scores, PortalClock.Today(clock));
        var canChange = AccessPolicy.CanChange(scope, d.Unit.Path);
        var policy = ApprovalPolicy.For(d.Round!);
        var workflow = DossierWorkflow.For(() => d.State, _ => { }, policy, scope.Roles, facts);
        IReadOnlyList<DossierTrigger> triggers = canChange ? await workflow.PermittedTriggersAsync() : [];
        var blocked = canChange
            ? DossierWorkflow.Transitions.Where(t => t.From == d.State && !triggers.Contains(t.Trigger))
                .Select(t => workflow.Check(t.Trigger, "-")).Where(c => !c.RoleRefused && !c.Allowed && !AlreadyDone(c)).ToList()
            : [];
        var edits = canChange ? Enum.GetValues<DossierEdit>().Where(e => DossierEditRules.Allows(e, d.State, policy, scope.Roles)).ToHashSet() : [];
        var history = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Id)
            .Select(e => new HistoryLine(e.AtUtc, e.UserName, e.Role, e.Trigger, e.FromState, e.ToState, e.Comment)).ToListAsync(ct);
        var comments = await db.DossierComments.AsNoTracking().Where(c => c.DossierId == id).OrderBy(c => c.Id)
            .Select(c => new CommentLine(c.AtUtc, c.UserName, c.Text)).ToListAsync(ct);
        var returns = await db.ReturnItems.AsNoTracking().Where(r => r.DossierId == id).OrderBy(r => r.Id)
            .Select(r => new ReturnLine(r.Id, r.ReturnNo, r.Subject, r.Reason, r.RaisedBy, r.RaisedAtUtc, r.Answer, r.AnsweredBy, r.AnsweredAtUtc))
            .ToListAsync(ct);
        var round = new DossierRound(d.Round!.Id, d.Round.Year, d.Round.Name, policy.Chain, d.Round.PostingDays, d.Round.ScopeUnit?.Name,
            policy, facts.SupplementDue);
        var (due, status) = (await RoundCalendars.ReadAsync(db, [d.RoundId], ct)).Clock(d.RoundId, d.State, facts.Today);
        var drafts = await db.DossierDrafts.AsNoTracking().Where(x => x.UserId == scope.UserId && x.DossierId == id).OrderBy(x => x.Field).ToListAsync(ct);
        return new DossierPage(Details(d), round, d.Unit.Name, d.Unit.Parent?.Name, set, scores.Self, scores.Appraised,
            triggers, blocked, edits, history, comments, returns, new DossierClock($"{d.Round.Year}-{d.Unit.Code}", due, status))
        {
            DraftOffers = Drafts.DossierDrafts.Offers(scope, d, drafts, _ => { }), // one equal to the saved value: deleted when a form asks
        };
    }

    /// <summary>A sign-off held back only because it was given is done, not blocked: the page says who signed instead.</summary>
    private static bool AlreadyDone(WorkflowCheck check) => check.UnmetGuards is [DossierGuard.NotYetSignedOff];

    private static DossierDetails Details(Dossier d) => new(d.Id, d.Version, d.State, d.StandardCode, d.Category, d.SelfTotal, d.AppraisedTotal,
        [.. d.Criteria.OrderBy(c => c.Id).Select(c => new CriterionLine(c.CriterionNo, c.SelfInputJson, c.SelfPoints, c.SourceNote, c.SelfBy,
            c.SelfAtUtc, c.AppraisedInputJson, c.AppraisedPoints, c.AppraisalReason, c.AppraisedBy, c.AppraisedAtUtc,
            c.ReturnedSelfInputJson, c.ReturnedSelfPoints))],
        [.. d.Files.OrderBy(f => f.Id).Select(f => new FileLine(f.Id, f.Kind, f.CriterionNo, f.OriginalName, f.UploadedBy, f.UploadedAtUtc,
            f.SupersededAtUtc, f.SupersededBy, f.Removed))],
        d.CouncilDate, d.CouncilMembers, d.CouncilResult, d.PostingStart, d.PostingLastDay, d.PostingRemarks,
        d.LeaderSignedOffBy, d.LeaderSignedOffAtUtc, d.ReviewCouncilDate, d.ReviewCouncilMembers, d.ReviewRecommendation, d.DecisionNumber, d.DecisionDate, d.DecisionSigner,
        d.DecisionSignerTitle);
}
