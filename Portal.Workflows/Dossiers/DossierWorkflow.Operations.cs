using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Stateless;
using Stateless.Graph;

namespace Portal.Workflows.Dossiers;

// The operations on a dossier's workflow; the definition itself is in DossierWorkflow.cs.
public sealed partial class DossierWorkflow
{
    // Lists a step that needs a reason as permitted when all else holds: the reason is asked for when it is taken.
    private const string ReasonAskedWhenTaken = "(lý do được hỏi khi thực hiện)";

    private static readonly IReadOnlyDictionary<string, DossierGuard> GuardsByLabel =
        Enum.GetValues<DossierGuard>().ToDictionary(DossierLabels.Vi);

    // Read once: a machine is built for every operation (a step, a page), and none of this changes.
    private static class Definition
    {
        public static readonly DossierTrigger[] ReasonTriggers = Enum.GetValues<DossierTrigger>().Where(NeedsReason).ToArray();
        public static readonly IReadOnlyDictionary<DossierGuard, string> Labels = Enum.GetValues<DossierGuard>().ToDictionary(g => g, DossierLabels.Vi);
    }

    private readonly StateMachine<DossierState, DossierTrigger> _machine;
    private readonly Dictionary<DossierTrigger, StateMachine<DossierState, DossierTrigger>.TriggerWithParameters<string?>> _reasonTriggers;
    private readonly ApprovalPolicy _policy;
    private readonly IReadOnlySet<string> _actorRoles;
    private readonly DossierFacts _facts;

    private DossierWorkflow(Func<DossierState> getState, Action<DossierState> setState, ApprovalPolicy policy,
        IReadOnlySet<string> actorRoles, DossierFacts facts)
    {
        _machine = new StateMachine<DossierState, DossierTrigger>(getState, setState);
        _reasonTriggers = Definition.ReasonTriggers.ToDictionary(t => t, t => _machine.SetTriggerParameters<string?>(t));
        _policy = policy;
        _actorRoles = actorRoles;
        _facts = facts;
        Configure();
    }

    /// <summary>
    /// The workflow of one dossier for one operation: the state is read and written through the entity's property,
    /// the actor's roles and the round's approval policy decide who may act, and the facts decide the guards.
    /// </summary>
    public static DossierWorkflow For(Func<DossierState> getState, Action<DossierState> setState, ApprovalPolicy policy,
        IReadOnlySet<string> actorRoles, DossierFacts facts)
    {
        ArgumentNullException.ThrowIfNull(getState);
        ArgumentNullException.ThrowIfNull(setState);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(actorRoles);
        ArgumentNullException.ThrowIfNull(facts);
        return new DossierWorkflow(getState, setState, policy, actorRoles, facts);
    }

    public DossierState State => _machine.State;

    /// <summary>
    /// The steps this actor may take now (role allowed and every guard met), in enum order. A step that needs a reason
    /// is included when everything else holds; its reason is checked when it is taken.
    /// </summary>
    public async Task<IReadOnlyList<DossierTrigger>> PermittedTriggersAsync()
    {
        var permitted = await _machine.GetPermittedTriggersAsync(ReasonAskedWhenTaken);
        return permitted.Where(ActorMayTake).Distinct().Order().ToList();
    }

    /// <summary>Whether the actor may take the step now, and if not, why (every unmet guard, or the role).</summary>
    public WorkflowCheck Check(DossierTrigger trigger, string? reason = null)
    {
        var check = new WorkflowCheck { Trigger = trigger, State = _machine.State, AllowedRoles = _policy.RolesFor(trigger) };
        // The role comes first: someone who may not take the step learns nothing about the dossier's conditions.
        if (!ActorMayTake(trigger)) return check.AsRoleRefusal();

        ICollection<string> unmet;
        var canFire = _reasonTriggers.TryGetValue(trigger, out var withReason)
            ? _machine.CanFire(withReason, reason, out unmet)
            : _machine.CanFire(trigger, out unmet);
        if (canFire) return check;
        // When the step does not leave the current state at all, Stateless reports no unmet guard (a null collection).
        return unmet is { Count: > 0 }
            ? check.WithUnmet(unmet.Select(g => GuardsByLabel[g]).ToList())
            : check.AsWrongState();
    }

    /// <summary>Takes the step, changing the state through the setter, or throws <see cref="WorkflowRefusedException"/>
    /// and leaves the state as it was.</summary>
    public async Task FireAsync(DossierTrigger trigger, string? reason = null)
    {
        var check = Check(trigger, reason);
        if (!check.Allowed) throw new WorkflowRefusedException(check);

        if (_reasonTriggers.TryGetValue(trigger, out var withReason))
            await _machine.FireAsync(withReason, reason);
        else
            await _machine.FireAsync(trigger);
    }

    /// <summary>
    /// The process as a Mermaid state diagram, made by Stateless from the same definition, guards shown by their
    /// Vietnamese labels. Roles are not part of it (they depend on the round's chain); see <see cref="ApprovalPolicy.RolesFor"/>.
    /// Line ends are '\n' on every platform, so the committed docs/workflow.md compares equal anywhere.
    /// </summary>
    public static string ToMermaid()
    {
        var definition = new DossierWorkflow(() => DossierState.Registered, _ => { }, ApprovalPolicy.Default(ApprovalChain.ThreeLevel),
            new HashSet<string>(), new DossierFacts { Today = DateOnly.MinValue });
        return MermaidGraph.Format(definition._machine.GetInfo()).ReplaceLineEndings("\n");
    }

    private bool ActorMayTake(DossierTrigger trigger) => _policy.RolesFor(trigger).Any(_actorRoles.Contains);
}
