using System.Text.RegularExpressions;
using Bunit;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

/// <summary>
/// The /workflow page draws the process in officials' words (states, steps and who takes them, from the definition),
/// lists each step's conditions as a to-do, and keeps the code's Mermaid text for administrators only.
/// </summary>
[Trait("Category", "Component")]
public sealed partial class WorkflowDiagramTests : PortalComponentTest
{
    private IRenderedComponent<WorkflowDiagram> RenderFor(string role, out JSRuntimeInvocationHandler<bool> render)
    {
        render = JSInterop.Setup<bool>("portalDiagram.render", _ => true).SetResult(true);
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(role);
        return Render<WorkflowDiagram>();
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [Fact]
    public void The_diagram_shows_states_and_steps_in_Vietnamese_with_who_takes_them_and_no_code_names()
    {
        var cut = RenderFor(PortalRoles.CommuneOfficer, out var render);

        cut.WaitForAssertion(() => Assert.Equal("yes", cut.Find("#workflow-diagram").GetAttribute("data-rendered")));
        var chart = (string)Assert.Single(render.Invocations).Arguments[1]!;
        var labels = Quoted().Matches(chart).Select(m => m.Groups[1].Value).ToList();
        var codeNames = Enum.GetNames<DossierState>().Concat(Enum.GetNames<DossierTrigger>()).ToList();
        Assert.All(labels, label => Assert.DoesNotContain(codeNames, name => Regex.IsMatch(label, $@"\b{name}\b")));
        Assert.All(Enum.GetValues<DossierState>(), s => Assert.Contains($"\"{DossierLabels.Vi(s)}\"", chart));
        Assert.All(DossierWorkflow.Transitions, t => Assert.Contains(DossierLabels.Vi(t.Trigger), chart));
        Assert.Contains("Nộp hồ sơ<br/>(Cán bộ xã)", chart);
        Assert.Contains("(Cán bộ Phòng LĐTBXH huyện)", chart);
    }

    [Fact]
    public void Each_step_lists_its_conditions_as_things_to_do_and_officials_see_no_mermaid_code()
    {
        var cut = RenderFor(PortalRoles.CommuneOfficer, out _);

        var submit = cut.FindAll("#workflow-steps tbody tr").Single(r => r.TextContent.Contains("Nộp hồ sơ") && !r.TextContent.Contains("Nộp lại"));
        Assert.Contains("Tải lên tờ trình đề nghị công nhận của UBND xã", submit.TextContent);
        Assert.DoesNotContain("Chưa đáp ứng", cut.Markup);
        Assert.Empty(cut.FindAll("#workflow-source, #workflow-source-panel"));
        Assert.DoesNotContain("Mermaid", cut.Markup);
    }

    [Fact]
    public void Administrators_can_open_the_code_diagram_the_docs_keep()
    {
        var cut = RenderFor(PortalRoles.Administrator, out _);

        Assert.NotEmpty(cut.FindAll("#workflow-source-panel"));
    }
}
