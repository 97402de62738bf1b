using Portal.Data.Dossiers;
using System.Text.RegularExpressions;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

[Trait("Category", "Unit")]
public partial class DossierDiagramTests
{
    [GeneratedRegex(@"^\t?(\S+) --> (\S+)", RegexOptions.Multiline)]
    private static partial Regex Arrow();

    [Fact]
    public void The_diagram_shows_every_state_as_a_node()
    {
        var nodes = Arrow().Matches(DossierWorkflow.ToMermaid())
            .SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value })
            .Where(n => n != "[*]")
            .ToHashSet();

        Assert.Equal(Enum.GetNames<DossierState>().Order(), nodes.Order());
    }

    [Fact]
    public void The_diagram_starts_at_registration_and_draws_every_step_with_its_guards()
    {
        var mermaid = DossierWorkflow.ToMermaid();
        var lines = mermaid.Split('\n');

        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Contains("[*] --> Registered", lines);
        foreach (var step in DossierWorkflow.Transitions)
        {
            var guards = string.Concat(step.Guards.Select(g => $" [{DossierLabels.Vi(g)}]"));
            Assert.Contains($"\t{step.From} --> {step.To} : {step.Trigger}{guards}", lines);
        }
        Assert.DoesNotContain("Function", mermaid);
        Assert.DoesNotContain("\r", mermaid);
    }

    [Fact]
    public void The_diagram_is_the_same_on_every_call()
    {
        Assert.Equal(DossierWorkflow.ToMermaid(), DossierWorkflow.ToMermaid());
    }

    [Fact]
    public void Every_state_trigger_guard_and_chain_has_a_Vietnamese_and_an_English_label()
    {
        AssertLabelled(Enum.GetValues<DossierState>(), DossierLabels.Vi, DossierLabels.En);
        AssertLabelled(Enum.GetValues<DossierTrigger>(), DossierLabels.Vi, DossierLabels.En);
        AssertLabelled(Enum.GetValues<DossierGuard>(), DossierLabels.Vi, DossierLabels.En);
        AssertLabelled(Enum.GetValues<ApprovalChain>(), DossierLabels.Vi, DossierLabels.En);

        // Guard labels are the diagram's guard descriptions: no Mermaid punctuation.
        Assert.All(Enum.GetValues<DossierGuard>(), g => Assert.DoesNotMatch("[:;\\[\\]]", DossierLabels.Vi(g)));
    }

    private static void AssertLabelled<T>(T[] values, Func<T, string> vi, Func<T, string> en)
    {
        Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(vi(v))));
        Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(en(v))));
        Assert.Equal(values.Length, values.Select(vi).Distinct().Count());
        Assert.Equal(values.Length, values.Select(en).Distinct().Count());
    }
}
