namespace Portal.Workflows.Scoring;

/// <summary>One item of a checklist; <see cref="Code"/> is what an input lists when the item is met.</summary>
public sealed record ChecklistItem(string Code, string? NameVi, string? NameEn, int? Points);
