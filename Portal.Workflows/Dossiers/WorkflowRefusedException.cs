namespace Portal.Workflows.Dossiers;

/// <summary>Thrown by <see cref="DossierWorkflow.FireAsync"/> when the step is refused; the dossier's state is untouched.</summary>
public sealed class WorkflowRefusedException(WorkflowCheck check) : Exception(string.Join(" ", check.Messages))
{
    public WorkflowCheck Check { get; } = check;
    public bool RoleRefused => Check.RoleRefused;
    public IReadOnlyList<string> Messages => Check.Messages;
}
