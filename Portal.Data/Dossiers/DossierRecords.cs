namespace Portal.Data.Dossiers;

/// <summary>The four documents of the procedure of 34/2014, evidence for a criterion, and other attachments.</summary>
public enum DocumentKind
{
    RequestLetter = 1,
    SelfAssessmentSheet = 2,
    ExplanatoryNotes = 3,
    CouncilMinutes = 4,
    Evidence = 5,
    Other = 6,
}

/// <summary>
/// An uploaded file, stored under the data folder by a generated name; never served from wwwroot. A file is never
/// deleted: a replaced or removed one is marked superseded and stays readable (authorised like the dossier), so every
/// version a commune sent remains in the record.
/// </summary>
public class DossierFile
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public DocumentKind Kind { get; set; }
    public string? CriterionNo { get; set; }
    public required string OriginalName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public string? UploadedBy { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    /// <summary>Set when the file stopped being part of the dossier: replaced by a newer version, or removed.</summary>
    public DateTime? SupersededAtUtc { get; set; }
    public string? SupersededBy { get; set; }
    /// <summary>True when it was removed without a replacement (a wrong file), false when a newer version replaced it.</summary>
    public bool Removed { get; set; }
}

/// <summary>One line of a dossier's history: a step taken, by whom, in which role. Append-only (see PortalDbContext).</summary>
public class DossierEvent
{
    public long Id { get; set; }
    public int DossierId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public string? Role { get; set; }
    public DossierState FromState { get; set; }
    public DossierState ToState { get; set; }
    public required string Trigger { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A comment on a dossier, visible to everyone who can read it.</summary>
public class DossierComment
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Text { get; set; }
}

/// <summary>One item of a return for supplement: what is missing or wrong, why, and the commune's answer.</summary>
public class ReturnItem
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    /// <summary>1 for the first return of the dossier, 2 for the second…</summary>
    public int ReturnNo { get; set; }
    /// <summary>"criterion:3", "document:RequestLetter" or "general".</summary>
    public required string Subject { get; set; }
    public required string Reason { get; set; }
    public required string RaisedBy { get; set; }
    public DateTime RaisedAtUtc { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
}
