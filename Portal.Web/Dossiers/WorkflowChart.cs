using System.Text;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;

namespace Portal.Web.Dossiers;

/// <summary>
/// The workflow drawn for officials: a Mermaid flowchart of <see cref="DossierWorkflow.Transitions"/> with the states
/// and steps in the reader's words and who takes each step in the chosen chain. Every step is a box of its own between
/// two states, so the drawing has no arrow labels to overlap (the state diagram's labels lay over each other, most of
/// all on the return-and-resubmit loop); a step that changes no state (the sign-off) hangs beside its state. The
/// conditions are listed under the drawing.
/// </summary>
public static class WorkflowChart
{
    public static string Mermaid(ApprovalChain chain, Func<string, string> roleName)
    {
        var text = new StringBuilder("flowchart TD\n");
        var states = DossierWorkflow.Transitions.SelectMany(t => new[] { t.From, t.To }).Distinct().Order().ToList();
        foreach (var state in states)
        {
            var label = Quote(DossierText.State(state));
            text.Append(IsFinal(state) ? $"  {state}([{label}])\n" : $"  {state}({label})\n");
        }
        var steps = DossierWorkflow.Transitions.Select((step, i) => (Step: step, Id: $"step{i + 1}")).ToList();
        foreach (var (step, id) in steps)
        {
            var roles = string.Join(", ", Portal.Workflows.Chains.ApprovalPolicy.Default(chain).RolesFor(step.Trigger).Select(roleName));
            text.Append($"  {id}[{Quote($"{DossierText.Step(step.Trigger)}<br/>({roles})")}]\n");
            text.Append(step.From == step.To ? $"  {step.From} -.- {id}\n" : $"  {step.From} --> {id} --> {step.To}\n");
        }
        text.Append("  classDef final fill:#e8f5e9,stroke:#2e7d32\n");
        text.Append("  classDef step fill:#ffffff,stroke:#90a4ae,font-size:12px\n");
        text.Append("  classDef beside fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4,font-size:12px\n");
        text.Append($"  class {string.Join(',', states.Where(IsFinal))} final\n");
        Classes(text, "step", steps.Where(s => s.Step.From != s.Step.To).Select(s => s.Id));
        Classes(text, "beside", steps.Where(s => s.Step.From == s.Step.To).Select(s => s.Id));
        return text.ToString();
    }

    /// <summary>A state no step leaves.</summary>
    public static bool IsFinal(DossierState state) => DossierWorkflow.Transitions.All(t => t.From != state);

    private static void Classes(StringBuilder text, string name, IEnumerable<string> ids)
    {
        var list = string.Join(',', ids);
        if (list.Length > 0) text.Append($"  class {list} {name}\n");
    }

    // Mermaid reads a quoted label as text; a double quote inside it is written as its entity.
    private static string Quote(string label) => "\"" + label.Replace("\"", "#quot;", StringComparison.Ordinal) + "\"";
}
