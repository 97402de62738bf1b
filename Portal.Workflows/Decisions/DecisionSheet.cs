using Portal.Data.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Decisions;

/// <summary>
/// A recognition decision as officials issue it (docs/domain/document-format.md), part by part, in Vietnamese: what the
/// printable page and the .docx both lay out, so that the two never differ. <see cref="Missing"/> lists what the portal
/// does not know (shown on screen, never printed): the document has "……" there, for the official to fill in.
/// </summary>
public sealed record DecisionSheet(
    bool Illustrative,
    string IssuerBody,
    string IssuerName,
    string Number,
    string PlaceDate,
    string Title,
    string Summary,
    string Authority,
    IReadOnlyList<string> Bases,
    string Decides,
    IReadOnlyList<DecisionArticle> Articles,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignerLines,
    string SignerName,
    DecisionAnnex? Annex,
    IReadOnlyList<string> Missing)
{
    /// <summary>The line that heads every page of a decision under an illustrative set.</summary>
    public string? Watermark { get; init; }

    public string RecipientsTitle { get; init; } = Texts.WorkflowText.Vi("Decision.Recipients");
    public string Nation { get; init; } = Texts.WorkflowText.Vi("Decision.Nation");
    public string Motto { get; init; } = Texts.WorkflowText.Vi("Decision.Motto");
}

public sealed record DecisionArticle(string Label, string Text);

/// <summary>The annexed list of the communes a decision recognises: its heading lines and its table.</summary>
public sealed record DecisionAnnex(IReadOnlyList<string> Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What a decision is made of, read from the dossiers, the round, the set and the units.</summary>
public sealed record DecisionFacts(
    int Year,
    bool Recognises,
    string IssuerName,
    string DecisionNumber,
    DateOnly DecisionDate,
    SignerTitle SignerTitle,
    string SignerName,
    string SetCode,
    bool Illustrative,
    LegalBasis? SetBasis,
    IReadOnlyList<string> ExtraBases,
    DateOnly? ReviewCouncilDate,
    string? AppraisingOffice,
    string? SubmissionNumber,
    DateOnly? SubmissionDate,
    IReadOnlyList<DecisionCommune> Communes,
    bool WithAnnex,
    string? RefusalReason);

public sealed record DecisionCommune(string Name, string? ParentName, int? Total);

/// <summary>The printable decision of a dossier: null while its decision is not recorded.</summary>
public sealed record DecisionView(int DossierId, DecisionSheet? Sheet);
