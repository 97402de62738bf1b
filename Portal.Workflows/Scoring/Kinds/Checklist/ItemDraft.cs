namespace Portal.Workflows.Scoring;

/// <summary>A checklist item as the editor changes it: the code an input lists when the item is met, names and points.</summary>
public sealed class ItemDraft
{
    public string Code { get; set; } = "";
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public int? Points { get; set; }
}
