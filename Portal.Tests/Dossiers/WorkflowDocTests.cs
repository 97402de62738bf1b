using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public sealed class WorkflowDocTests
{
    /// <summary>docs/workflow.md is the diagram of the definition in code, never a drawing that can drift from it.</summary>
    [Fact]
    public void The_documented_diagram_is_the_one_the_definition_produces()
    {
        var doc = File.ReadAllText(Path.Combine(Portal.Tests.Infrastructure.Repository.Root(), "docs", "workflow.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var end = doc.IndexOf("\n```", start, StringComparison.Ordinal);
        Assert.True(start > "```mermaid\n".Length - 1 && end > start, "docs/workflow.md has no mermaid block");
        Assert.Equal(DossierWorkflow.ToMermaid(), doc[start..end]);
    }
}
