using Bunit;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

[Trait("Category", "Component")]
public sealed class WorkflowDiagramTests : PortalComponentTest
{
    /// <summary>The page draws the definition's own Mermaid text, which another test keeps equal to docs/workflow.md.</summary>
    [Fact]
    public void The_diagram_page_renders_the_definition_of_the_code()
    {
        var render = JSInterop.Setup<bool>("portalDiagram.render", _ => true).SetResult(true);
        var cut = Render<WorkflowDiagram>();
        Assert.Equal(DossierWorkflow.ToMermaid(), cut.Find("#workflow-source").TextContent);
        var call = Assert.Single(render.Invocations);
        Assert.Equal(DossierWorkflow.ToMermaid(), call.Arguments[1]);
        cut.WaitForAssertion(() => Assert.Equal("yes", cut.Find("#workflow-diagram").GetAttribute("data-rendered")));
    }
}
