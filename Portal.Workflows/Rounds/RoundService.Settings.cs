using Microsoft.EntityFrameworkCore;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

public sealed partial class RoundService
{
    /// <summary>
    /// The province officer changes a round's settings. Who appraises, decides and awards may change only while communes
    /// register (dossiers then follow the new chain from the start); the legal basis that confirms them, the decision's
    /// data (tờ trình, bases, form), the ministry and the grace period until the round closes. Nothing is saved on any error.
    /// </summary>
    public async Task<Outcome> UpdateSettingsAsync(UserScope scope, int roundId, RoundSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var round = await db.Rounds.Include(r => r.ScopeUnit).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return Outcome.NotFound(WorkflowText.Get("Rounds.NotFound"));
        if (!CanManage(scope, round.ScopeUnit!.Path)) return await RefuseAsync(scope, $"round:{roundId}", "change the settings of a round outside scope or role", ct);
        if (round.Status == RoundStatus.Closed) return Outcome.Invalid(WorkflowText.Get("Rounds.Closed"));

        var current = Chains.ApprovalPolicy.For(round);
        var asked = settings.Policy with { Chain = round.Chain };
        var errors = new List<string>();
        var levels = await db.Structures.Where(x => x.Code == round.ScopeUnit.StructureCode).Select(x => x.Levels).FirstOrDefaultAsync(ct);
        errors.AddRange(asked.Problems(levels));
        if (round.Status != RoundStatus.Registration && asked with { ConfirmedBasis = null } != current with { ConfirmedBasis = null })
            errors.Add(WorkflowText.Get("Rounds.ChainLocked"));
        if (settings.GraceDays is < 0 or > 365) errors.Add(WorkflowText.Get("Rounds.BadGraceDays"));
        if (settings.SubmissionDate is { } d && d > PortalClock.Today(clock)) errors.Add(WorkflowText.Get("Dossiers.DateInFuture"));
        if (errors.Count > 0) return Outcome.Invalid(errors);

        var basisBefore = round.ChainBasis;
        asked.ApplyTo(round);
        if (round.ChainBasis != basisBefore)
            (round.ChainConfirmedBy, round.ChainConfirmedAtUtc) = round.ChainBasis is null
                ? ((string?)null, (DateTime?)null) : (scope.UserName, clock.GetUtcNow().UtcDateTime);
        (round.DecisionMode, round.SubmissionNumber, round.SubmissionDate) = (settings.DecisionMode, Trimmed(settings.SubmissionNumber), settings.SubmissionDate);
        (round.DecisionBases, round.MinistryName, round.GraceDays) = (Trimmed(settings.DecisionBases), Trimmed(settings.MinistryName), settings.GraceDays);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
