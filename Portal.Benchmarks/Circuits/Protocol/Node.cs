namespace Portal.Benchmarks.Circuits.Protocol;

public enum NodeKind { Element, Text, Markup, Component }

/// <summary>
/// A node of the light tree a protocol circuit keeps instead of a DOM: elements with their attributes and event
/// handler ids, text, markup (kept as its HTML, not parsed) and components, whose children are their own output.
/// </summary>
public sealed class Node(NodeKind kind, string? name = null, int componentId = 0)
{
    public NodeKind Kind { get; } = kind;
    public string? Name { get; } = name;
    public int ComponentId { get; } = componentId;
    public string? Text { get; set; }
    public Node? Parent { get; set; }
    public List<Node> Children { get; } = [];
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name without its "on" (click, input, change) → the handler id the server gave it.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    public bool HasClass(string cssClass) =>
        Attributes.TryGetValue("class", out var classes) && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(cssClass, StringComparer.Ordinal);

    /// <summary>Every node below this one, in document order (through the components it holds).</summary>
    public IEnumerable<Node> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var below in child.Descendants()) yield return below;
        }
    }

    /// <summary>The first element below this one that <paramref name="match"/> accepts, or null.</summary>
    public Node? Find(Func<Node, bool> match) => Descendants().FirstOrDefault(n => n.Kind == NodeKind.Element && match(n));

    public IEnumerable<Node> FindAll(Func<Node, bool> match) => Descendants().Where(n => n.Kind == NodeKind.Element && match(n));

    /// <summary>The text below this node (markup as its HTML), as the DOM's textContent would give it for plain text.</summary>
    public string TextContent() =>
        Kind is NodeKind.Text or NodeKind.Markup ? Text ?? "" : string.Concat(Children.Select(c => c.TextContent()));

    public void Insert(int index, Node child)
    {
        child.Parent = this;
        Children.Insert(Math.Min(index, Children.Count), child);
    }
}
