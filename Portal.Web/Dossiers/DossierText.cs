using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;
using MudBlazor;

namespace Portal.Web.Dossiers;

/// <summary>
/// Labels of states and steps in the reader's language, from the workflow's resources (DossierLabels).
/// </summary>
public static class DossierText
{
    public static string State(DossierState s) => DossierLabels.Of(s);
    public static string Step(DossierTrigger t) => DossierLabels.Of(t);
    public static string Chain(ApprovalChain c) => DossierLabels.Of(c);
    public static string Guard(DossierGuard g) => DossierLabels.Of(g);

    /// <summary>Why a step is refused (a role, a state, unmet conditions), in the reader's language.</summary>
    public static IReadOnlyList<string> Refusal(WorkflowCheck check) => check.MessagesForReader;

    /// <summary>A history line's step: a step of the workflow, or a correction recorded beside the steps.</summary>
    public static string HistoryStep(string trigger) =>
        Enum.TryParse<DossierTrigger>(trigger, out var t) ? Step(t)
        : Enum.TryParse<DossierRecord>(trigger, out var r) ? DossierLabels.Of(r)
        : trigger;

    public static Color StateColor(DossierState s) => s switch
    {
        DossierState.Recognized => Color.Success,
        DossierState.NotRecognized or DossierState.Withdrawn or DossierState.NotFinished => Color.Error,
        DossierState.ReturnedForSupplement => Color.Warning,
        DossierState.Submitted or DossierState.UnderAppraisal or DossierState.AtReviewCouncil => Color.Info,
        _ => Color.Default,
    };

    public static Color DueColor(DueStatus s) => s switch
    {
        DueStatus.Overdue => Color.Error,
        DueStatus.NearDeadline => Color.Warning,
        DueStatus.Early or DueStatus.OnTime => Color.Success,
        DueStatus.Paused => Color.Default,
        _ => Color.Default,
    };

    /// <summary>Most urgent first: what is overdue, then near its deadline, then the rest.</summary>
    public static int Urgency(DueStatus s) => s switch
    {
        DueStatus.Overdue => 0, DueStatus.NearDeadline => 1, DueStatus.OnTime => 2, DueStatus.Paused => 3, DueStatus.Early => 4, _ => 5,
    };

}
