namespace Portal.Data.Access;

/// <summary>A refused attempt to read or change something outside the user's scope. Append-only.</summary>
public class AccessRefusal
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>What was asked for, e.g. "unit:123" or "unit-code:2024/22045".</summary>
    public required string Resource { get; set; }
    /// <summary>"read" or "change".</summary>
    public required string Action { get; set; }
    public string? Reason { get; set; }
}
