namespace Portal.Data.Units;

/// <summary>
/// One state of the national map: "2024" (three levels) or "2025" (two levels, since 1 July 2025).
/// Units belong to exactly one structure; a merger is a new structure, never an edit of the old one.
/// </summary>
public class AdminStructure
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>3 for province → district → commune, 2 for province → commune.</summary>
    public int Levels { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
