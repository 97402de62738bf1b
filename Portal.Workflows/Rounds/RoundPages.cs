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

/// <summary>
/// One round's page: its dossiers with their clocks and on-time shares, and what the reader may do here. A commune that
/// may register sees the category the province set for it (<see cref="Category"/>; null: not set, so it cannot register yet).
/// </summary>
public sealed record RoundDetails(RoundSummary Round, IReadOnlyList<QueueRow> Dossiers, IReadOnlyDictionary<int, OnTimeRow> OnTimeByCommune,
    bool CanRegister, CommuneCategory? Category)
{
    /// <summary>Opening is offered while communes register, to whoever manages the round.</summary>
    public bool CanOpen => Round.CanManage && Round.Status == Data.Rounds.RoundStatus.Registration;

    /// <summary>Closing early, and changing the settings, until the round is closed.</summary>
    public bool CanClose => Round.CanManage && Round.Status != Data.Rounds.RoundStatus.Closed;
}

/// <summary>
/// What the new-round form starts from: the sets to choose from, the reader's own unit as the round's scope, and the
/// number of levels of each structure (the chain follows the structure of the chosen unit).
/// </summary>
public sealed record NewRoundChoices(IReadOnlyList<StandardSetSummary> Sets, UnitRow? OwnUnit, IReadOnlyDictionary<string, int> StructureLevels)
{
    /// <summary>The chain a round over <paramref name="unit"/> must use.</summary>
    public Data.Rounds.ApprovalChain ChainFor(UnitRow? unit) =>
        Chains.ApprovalPolicy.ChainFor(unit is not null && StructureLevels.TryGetValue(unit.StructureCode, out var levels) ? levels : 3);
}

/// <summary>
/// Reads the round pages for a reader, with the capabilities the service decides (create, open, register), so that the
/// pages repeat no permission rule.
/// </summary>
public sealed class RoundPages(RoundService rounds, DossierQueue queue, OnTimeStatistics onTime, DossierScoring scoring,
    StandardSetCatalog catalog, UnitDirectory units, AccessLog accessLog, Units.Categories.CommuneCategories categories)
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
        CommuneCategory? category = null;
        if (canRegister && scope.UnitId is { } own && (await categories.ReadAsync(scope, own, ct)).Value is { } mine
            && mine.Lines.FirstOrDefault(l => l.StandardCode == round.StandardCode)?.Category is { } code)
            category = (await scoring.SetAsync(round.StandardCode, ct)).FindCategory(code);
        return new RoundDetails(round, dossiers, onTimeRows, canRegister, category);
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
        var structures = await units.StructuresAsync(UserScope.System, ct);
        return new NewRoundChoices(await catalog.ListAsync(scope, ct), own, structures.ToDictionary(s => s.Code, s => s.Levels));
    }
}
