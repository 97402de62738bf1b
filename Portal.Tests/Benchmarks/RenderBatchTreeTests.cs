using Portal.Benchmarks.Circuits.Protocol;

namespace Portal.Tests.Benchmarks;

/// <summary>
/// The protocol client's batch decoder and tree on batches the real renderer produced: the template counter's first
/// render and the batch after one click, recorded from its hub (Batches/*.bin); and the edit rules its tree follows.
/// </summary>
[Trait("Category", "Unit")]
public class RenderBatchTreeTests
{
    private static DecodedBatch Recorded(string name) =>
        RenderBatchReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Benchmarks", "Batches", name)));

    [Fact]
    public void The_first_batch_builds_the_counter_page_with_its_handler_and_marker()
    {
        var tree = new LogicalTree();
        tree.Apply(Recorded("template-first.bin"));

        Assert.Equal("Current count: 0", tree.Find(n => n.Attribute("id") == "count")!.TextContent());
        var button = tree.Find(n => n.Attribute("id") == "increment")!;
        Assert.Equal("button", button.Name);
        Assert.True(button.Handlers["click"] > 0);
        Assert.True(ProtocolCircuit.Interactive(tree));
    }

    [Fact]
    public void The_click_batch_updates_the_text_in_place()
    {
        var tree = new LogicalTree();
        tree.Apply(Recorded("template-first.bin"));
        var count = tree.Find(n => n.Attribute("id") == "count")!;

        tree.Apply(Recorded("template-click.bin"));

        Assert.Same(count, tree.Find(n => n.Attribute("id") == "count"));
        Assert.Equal("Current count: 1", count.TextContent());
    }

    [Fact]
    public void A_region_is_flattened_into_its_parent_and_a_child_component_is_one_child_holding_its_output()
    {
        Frame Text(string t) => new(FrameType.Text, 1, 0, null, t, 0);
        var frames = new List<Frame>
        {
            new(FrameType.Element, 6, 0, "div", null, 0),
            new(FrameType.Attribute, 1, 0, "onclick", null, 7),
            new(FrameType.Region, 3, 0, null, null, 0),
            Text("a"), Text("b"),
            new(FrameType.Component, 1, 2, null, null, 0),
            Text("inside"),
        };
        var tree = new LogicalTree();
        tree.Apply(new DecodedBatch([new(1, [new(EditType.PrependFrame, 0, 0, null)]), new(2, [new(EditType.PrependFrame, 0, 6, null)])], frames, []));
        var div = tree.Find(n => n.Name == "div")!;

        Assert.Equal([NodeKind.Text, NodeKind.Text, NodeKind.Component], div.Children.Select(c => c.Kind));
        Assert.Equal("abinside", div.TextContent());
        Assert.Equal(7UL, div.Handlers["click"]);

        // Inside the div: swap "a" and "b", then remove the component (sibling 2), then step out.
        tree.Apply(new DecodedBatch([new(1, [new(EditType.StepIn, 0, 0, null), new(EditType.PermutationListEntry, 0, 1, null),
            new(EditType.PermutationListEntry, 1, 0, null), new(EditType.PermutationListEnd, 0, 0, null),
            new(EditType.RemoveFrame, 2, 0, null), new(EditType.StepOut, 0, 0, null)])], frames, [2]));

        Assert.Equal("ba", div.TextContent());
    }
}
