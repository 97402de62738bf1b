namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// The circuit's page as the browser's renderer would build it from the batches, without a DOM: Web.JS's
/// BrowserRenderer.applyEdits over LogicalElements. Regions are flattened into their parent (their children take
/// consecutive sibling indices); a component is one child whose children are its own output; edits address children
/// by sibling index at the current depth. Root components are the roots of the page, in the order they appeared.
/// </summary>
public sealed class LogicalTree
{
    private readonly Dictionary<int, Node> _components = [];

    public List<Node> Roots { get; } = [];

    /// <summary>Every node of the page in document order.</summary>
    public IEnumerable<Node> All() => Roots.SelectMany(r => r.Descendants());

    public Node? Find(Func<Node, bool> match) => All().FirstOrDefault(n => n.Kind == NodeKind.Element && match(n));

    public IEnumerable<Node> FindAll(Func<Node, bool> match) => All().Where(n => n.Kind == NodeKind.Element && match(n));

    /// <summary>A root component the server attached (JS.AttachComponent), so it is a root before its first batch.</summary>
    public void AttachRoot(int componentId) => Container(componentId);

    public void Apply(DecodedBatch batch)
    {
        foreach (var diff in batch.Diffs) ApplyEdits(Container(diff.ComponentId), diff.Edits, batch.Frames);
        foreach (var id in batch.DisposedComponentIds)
        {
            if (_components.Remove(id, out var gone) && gone.Parent is null) Roots.Remove(gone);
        }
    }

    private Node Container(int componentId)
    {
        if (_components.TryGetValue(componentId, out var node)) return node;
        node = _components[componentId] = new Node(NodeKind.Component, componentId: componentId);
        Roots.Add(node);
        return node;
    }

    private void ApplyEdits(Node parent, IReadOnlyList<Edit> edits, IReadOnlyList<Frame> frames)
    {
        var depth = 0;
        List<(int From, int To)>? permutation = null;
        foreach (var edit in edits)
        {
            var at = edit.SiblingIndex; // the component's own output starts at index 0 of its container; so does every depth
            switch (edit.Type)
            {
                case EditType.PrependFrame: InsertFrame(parent, at, frames, edit.Index); break;
                case EditType.RemoveFrame: parent.Children.RemoveAt(at); break;
                case EditType.SetAttribute: ApplyAttribute(parent.Children[at], frames[edit.Index]); break;
                case EditType.RemoveAttribute:
                    var element = parent.Children[at];
                    var name = edit.RemovedAttributeName!;
                    if (!element.Attributes.Remove(name) && name.StartsWith("on", StringComparison.Ordinal)) element.Handlers.Remove(name[2..]);
                    break;
                case EditType.UpdateText: parent.Children[at].Text = frames[edit.Index].Value; break;
                case EditType.UpdateMarkup: parent.Children[at] = Leaf(parent, NodeKind.Markup, frames[edit.Index].Value); break;
                case EditType.StepIn: parent = parent.Children[at]; depth++; break;
                case EditType.StepOut: parent = parent.Parent!; depth--; break;
                case EditType.PermutationListEntry: (permutation ??= []).Add((at, edit.Index)); break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in permutation!) parent.Children[to] = before[from];
                    permutation = null;
                    break;
            }
        }
        if (depth != 0) throw new InvalidOperationException("a diff that does not step back out to its component");
    }

    /// <summary>Inserts the frame at <paramref name="index"/>; the number of children it became (a region: its own).</summary>
    private int InsertFrame(Node parent, int childIndex, IReadOnlyList<Frame> frames, int index)
    {
        var frame = frames[index];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new Node(NodeKind.Element, frame.Name);
                var end = index + frame.SubtreeLength;
                var child = index + 1;
                for (; child < end && frames[child].Type == FrameType.Attribute; child++) ApplyAttribute(element, frames[child]);
                InsertRange(element, 0, frames, child, end);
                parent.Insert(childIndex, element);
                return 1;
            case FrameType.Text or FrameType.Markup:
                parent.Insert(childIndex, Leaf(parent, frame.Type == FrameType.Text ? NodeKind.Text : NodeKind.Markup, frame.Value));
                return 1;
            case FrameType.Component:
                // Its output arrives in its own diff, in this batch or a later one; a component seen before moves here.
                if (!_components.TryGetValue(frame.ComponentId, out var component))
                    component = _components[frame.ComponentId] = new Node(NodeKind.Component, componentId: frame.ComponentId);
                else Roots.Remove(component);
                parent.Insert(childIndex, component);
                return 1;
            case FrameType.Region:
                return InsertRange(parent, childIndex, frames, index + 1, index + frame.SubtreeLength);
            case FrameType.Attribute:
                throw new InvalidOperationException("an attribute frame outside an element's leading frames");
            default:
                return 0; // reference captures, named events: no node
        }
    }

    private int InsertRange(Node parent, int childIndex, IReadOnlyList<Frame> frames, int start, int endExclusive)
    {
        var first = childIndex;
        for (var i = start; i < endExclusive; i++)
        {
            var frame = frames[i];
            childIndex += InsertFrame(parent, childIndex, frames, i);
            if (frame.Type is FrameType.Element or FrameType.Component or FrameType.Region) i += frame.SubtreeLength - 1;
        }
        return childIndex - first;
    }

    private static void ApplyAttribute(Node element, Frame attribute)
    {
        var name = attribute.Name!;
        if (attribute.EventHandlerId != 0) element.Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = attribute.EventHandlerId;
        else if (attribute.Value is null) element.Attributes.Remove(name); // false and null attributes are left out
        else element.Attributes[name] = attribute.Value;
    }

    private static Node Leaf(Node parent, NodeKind kind, string? text) => new(kind) { Text = text, Parent = parent };
}
