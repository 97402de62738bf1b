using System.Globalization;
using Portal.Data.Dossiers;
namespace Portal.Workflows.Dossiers;

/// <summary>
/// The answer to "may this actor take this step now?". A refusal is either about the role (<see cref="RoleRefused"/>:
/// the host logs it as an authorisation refusal, and nothing else is said), or about the dossier: the step does not
/// leave the current state (<see cref="WrongState"/>) or conditions are unmet (<see cref="UnmetGuards"/>, all of them).
/// </summary>
public sealed record WorkflowCheck
{
    public required DossierTrigger Trigger { get; init; }
    public required DossierState State { get; init; }
    public bool RoleRefused { get; private init; }
    public bool WrongState { get; private init; }
    public IReadOnlyList<DossierGuard> UnmetGuards { get; private init; } = [];

    /// <summary>The roles that may take the step in this round's chain, for the host to name in its own words.</summary>
    public required IReadOnlyList<string> AllowedRoles { get; init; }

    public bool Allowed => !RoleRefused && !WrongState && UnmetGuards.Count == 0;

    /// <summary>Why the step is refused, in Vietnamese; empty when allowed.</summary>
    public IReadOnlyList<string> Messages => Describe(CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>The same in English.</summary>
    public IReadOnlyList<string> MessagesEn => Describe(CultureInfo.GetCultureInfo("en"));

    /// <summary>The same in the reader's language (the current UI culture).</summary>
    public IReadOnlyList<string> MessagesForReader => Describe(CultureInfo.CurrentUICulture);

    internal WorkflowCheck AsRoleRefusal() => this with { RoleRefused = true };
    internal WorkflowCheck AsWrongState() => this with { WrongState = true };
    internal WorkflowCheck WithUnmet(IReadOnlyList<DossierGuard> guards) => this with { UnmetGuards = guards };

    private IReadOnlyList<string> Describe(CultureInfo language)
    {
        if (RoleRefused) return [DossierLabels.RoleRefused(Trigger, language)];
        if (WrongState) return [DossierLabels.WrongState(Trigger, State, language)];
        return UnmetGuards.Select(g => DossierLabels.GuardUnmet(g, language)).ToList();
    }
}
