using Portal.Workflows.Access;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using Portal.Workflows.Standards;
using Portal.Workflows.Texts;
using Portal.Workflows.Units;

namespace Portal.Workflows.Rounds;

/// <summary>The rounds the reader works in, and whether they may create rounds.</summary>
public sealed record RoundListPage(IReadOnlyList<RoundSummary> Rounds, bool CanCreate);

/// <summary>One round's page: its dossiers with their clocks and on-time shares, and what the reader may do here.</summary>
public sealed record RoundDetails(RoundSummary Round, IReadOnlyList<QueueRow> Dossiers, IReadOnlyDictionary<int, OnTimeRow> OnTimeByCommune,
    bool CanRegister, IReadOnlyList<CommuneCategory> Categories)
{
    /// <summary>Opening is offered while communes register, to whoever manages the round.</summary>
    public bool CanOpen => Round.CanManage && Round.Status == Data.Rounds.RoundStatus.Registration;
}

/// <summary>What the new-round form starts from: the sets to choose from, and the reader's own unit as the round's scope.</summary>
public sealed record NewRoundChoices(IReadOnlyList<StandardSetSummary> Sets, UnitRow? OwnUnit);

/// <summary>
/// Reads the round pages for a reader, with the capabilities the service decides (create, open, register), so that the
/// pages repeat no permission rule.
/// </summary>
public sealed class RoundPages(RoundService rounds, DossierQueue queue, OnTimeStatistics onTime, DossierScoring scoring,
    StandardSetCatalog catalog, UnitDirectory units, AccessLog accessLog)
{
    public async Task<Outcome<RoundListPage>> ListAsync(UserScope scope, CancellationToken ct = default) =>
        new RoundListPage(await rounds.ListAsync(scope, ct), RoundService.MayCreate(scope));

    public async Task<Outcome<RoundDetails>> RoundAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        var found = await rounds.FindAsync(scope, roundId, ct);
        if (found is not { Succeeded: true, Value: { } round }) return found.As<RoundDetails>();
        var dossiers = await queue.ReadAsync(scope, roundId, ct);
        var onTimeRows = (await onTime.ByCommuneAsync(scope, roundId, ct)).ToDictionary(r => r.UnitId);
        var canRegister = RoundService.IsCommuneRole(scope) && round.Status == Data.Rounds.RoundStatus.Registration
            && !await rounds.IsRegisteredAsync(scope, roundId, ct);
        IReadOnlyList<CommuneCategory> categories = canRegister ? (await scoring.SetAsync(round.StandardCode, ct)).Categories : [];
        return new RoundDetails(round, dossiers, onTimeRows, canRegister, categories);
    }

    /// <summary>The new-round form, for those who create rounds; anyone else is refused (and logged).</summary>
    public async Task<Outcome<NewRoundChoices>> NewRoundAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!RoundService.MayCreate(scope))
        {
            await accessLog.RefuseAsync(scope, "rounds/new", "change", "create a round without the role", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<NewRoundChoices>();
        }
        var own = scope.UnitId is { } id ? (await units.GetAsync(scope, id, ct)).Value?.Unit : null;
        return new NewRoundChoices(await catalog.ListAsync(scope, ct), own);
    }
}
