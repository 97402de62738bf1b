using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Units;
using static Portal.Workflows.Texts.WorkflowText;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Decisions;

/// <summary>The written answer to a commune whose returned dossier was not resubmitted in time: the procedure asks for one, with its reason.</summary>
public sealed record AnswerSheet(string IssuerBody, string IssuerName, string PlaceDate, string Title, string Summary, string To,
    string Body, string Reason, string? Watermark);

/// <summary>The printable answer of a dossier; null while the dossier was not ended that way.</summary>
public sealed record AnswerView(int DossierId, AnswerSheet? Sheet);

/// <summary>Reads the written answer of a dossier ended after an unanswered return (<see cref="DossierTrigger.EndUnanswered"/>).</summary>
public sealed class WrittenAnswerReader(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, AccessLog accessLog)
{
    public async Task<Outcome<AnswerView>> ReadAsync(UserScope scope, int dossierId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().Include(x => x.Round).ThenInclude(r => r!.Deadlines).Include(x => x.Unit)
            .FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Outcome.NotFound(Get("Dossiers.NotFound")).As<AnswerView>();
        if (!AccessPolicy.CanRead(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{dossierId}", "read", "written answer outside the user's unit", ct);
            return Outcome.Refused(Get("Dossiers.Refused")).As<AnswerView>();
        }
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossierId).OrderBy(e => e.Id).ToListAsync(ct);
        var ended = events.LastOrDefault(e => e.Trigger == nameof(DossierTrigger.EndUnanswered));
        if (ended is null) return new AnswerView(dossierId, null);
        var returned = events.LastOrDefault(e => e.Trigger == nameof(DossierTrigger.ReturnForSupplement));
        var policy = ApprovalPolicy.For(d.Round!);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Path == (policy.AppraisingUnitPath(d.Unit.Path) ?? d.Unit.Path), ct);
        var office = unit.AppraisingOffice ?? Vi("Answer.Committee", UnitNames.InRunningText(unit.Name));
        var due = d.Round!.Deadlines.FirstOrDefault(x => x.Stage == RoundStage.Supplement)?.DueDate;
        var day = DateOnly.FromDateTime(ended.AtUtc + PortalClock.VietnamOffset);
        var set = await scoring.SetAsync(d.StandardCode, ct);
        return new AnswerView(dossierId, new AnswerSheet(
            unit.AppraisingOffice is null ? Vi("Decision.PeoplesCommittee") : UnitNames.Upper(Vi("Decision.PeoplesCommittee") + " " + unit.Name),
            UnitNames.Upper(unit.AppraisingOffice ?? unit.Name),
            Vi("Decision.PlaceDate", UnitNames.Short(unit.Name), PortalFormat.LegalDate(day)),
            Vi("Answer.Title"),
            Vi("Answer.Summary", d.Round.Year, UnitNames.InRunningText(d.Unit.Name)),
            Vi("Answer.To", UnitNames.InRunningText(d.Unit.Name)),
            Vi("Answer.Body", returned is null ? DecisionComposer.Blank : PortalFormat.LegalDate(DateOnly.FromDateTime(returned.AtUtc + PortalClock.VietnamOffset))[5..],
                office, due is { } x ? PortalFormat.LegalDate(x)[5..] : DecisionComposer.Blank, d.Round.Year),
            Vi("Answer.Reason", ended.Comment ?? ""),
            set.Illustrative ? Vi("Decision.Watermark") : null));
    }
}
