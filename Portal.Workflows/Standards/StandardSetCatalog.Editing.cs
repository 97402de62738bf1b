using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Standards;

/// <summary>What the editor opens: a set's file, the version it was read at, and whether a round has locked it.</summary>
public sealed record SetForEditing(string Json, int Version, bool Locked);

public sealed partial class StandardSetCatalog
{
    /// <summary>
    /// A new set's template (no code) or a stored set, for an administrator; anyone else is refused like any other
    /// reader outside their scope, and the refusal is logged (once: the page hands it from prerender to interactive).
    /// </summary>
    public async Task<Outcome<SetForEditing>> OpenForEditingAsync(UserScope scope, string? code, CancellationToken ct = default)
    {
        if (!AccessPolicy.CanAdminister(scope))
        {
            await accessLog.RefuseAsync(scope, code is null ? "standards/new" : $"standard:{code}", "change", "not an administrator", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<SetForEditing>();
        }
        if (code is null) return new SetForEditing(SetDraft.NewTemplate("BO-MOI"), 0, false);
        return await GetAsync(scope, code, ct) is { } stored
            ? new SetForEditing(stored.Json, stored.Summary.Version, stored.Summary.Locked)
            : Outcome.NotFound(WorkflowText.Get("Standards.NotFound", code)).As<SetForEditing>();
    }
}
