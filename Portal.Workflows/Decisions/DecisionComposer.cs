using System.Globalization;
using Portal.Data.Dossiers;
using Portal.Workflows.Texts;
using Portal.Workflows.Units;
using static Portal.Workflows.Texts.WorkflowText;

namespace Portal.Workflows.Decisions;

/// <summary>
/// Writes a decision's parts from its facts. Pure. Every number, date and name comes from the data; what is not known
/// is left as "……" and listed in <see cref="DecisionSheet.Missing"/>, never guessed. Unit names keep their own capitals
/// in running text ("Ủy ban nhân dân xã Bình Kiến"); the council's free text is never pasted into the document.
/// </summary>
public static class DecisionComposer
{
    public const string Blank = "……";

    public static DecisionSheet Compose(DecisionFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var missing = new List<string>();
        var issuer = UnitNames.InRunningText(f.IssuerName);
        var office = f.AppraisingOffice ?? Note(missing, Vi("Decision.MissingOffice"));
        var date = PortalFormat.LegalDate(f.DecisionDate);
        var articles = new List<DecisionArticle>
        {
            new(Vi("Decision.Article", 1), Article1(f)),
            new(Vi("Decision.Article", 2), Vi("Decision.Article2")),
            new(Vi("Decision.Article", 3), Vi("Decision.Article3", issuer, f.AppraisingOffice is null ? "" : office + ", ",
                f.Communes.Count == 1 ? Vi("Decision.ChairOf", UnitNames.InRunningText(f.Communes[0].Name)) : Vi("Decision.ChairsOfListed"))),
        };
        return new DecisionSheet(
            f.Illustrative,
            Vi("Decision.PeoplesCommittee"),
            UnitNames.Upper(f.IssuerName),
            Vi("Decision.Number", f.DecisionNumber),
            Vi("Decision.PlaceDate", UnitNames.Short(f.IssuerName), date),
            Vi("Decision.Title"),
            Vi(f.Recognises ? "Decision.Summary" : "Decision.SummaryRefused", f.Year),
            UnitNames.Upper(Vi("Decision.Authority", f.IssuerName)),
            Bases(f, office, missing),
            Vi("Decision.Decides"),
            articles,
            [Vi("Decision.RecipientArticle3"), Vi("Decision.RecipientFile")],
            f.SignerTitle == SignerTitle.DeputyOnBehalf ? [Vi("Decision.OnBehalf"), Vi("Decision.ViceChairman")] : [Vi("Decision.Chairman")],
            f.SignerName,
            f.WithAnnex ? Annex(f, date) : null,
            missing)
        {
            Watermark = f.Illustrative ? Vi("Decision.Watermark") : null,
        };
    }

    /// <summary>The legal bases, each with its number and date: the province's own lines, the set's instrument, the council, the proposal.</summary>
    private static List<string> Bases(DecisionFacts f, string office, List<string> missing)
    {
        var bases = f.ExtraBases.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => Line(b.Trim(), ";")).ToList();
        bases.Add(f.SetBasis is { } basis ? Vi("Decision.BasisOf", basis.Citation())
            : Vi("Decision.BasisOf", Note(missing, Vi("Decision.MissingSetBasis", f.SetCode))));
        if (f.ReviewCouncilDate is { } council) bases.Add(Vi("Decision.BasisCouncil", PortalFormat.LegalDate(council)));
        var number = f.SubmissionNumber ?? Note(missing, Vi("Decision.MissingSubmission"));
        var day = f.SubmissionDate is { } d ? PortalFormat.LegalDate(d) : "ngày " + Blank;
        bases.Add(Vi("Decision.Proposal", office, number, day));
        return bases;
    }

    private static string Article1(DecisionFacts f)
    {
        if (!f.Recognises)
        {
            var c = f.Communes[0];
            var text = Vi("Decision.Article1Refused", Named(c), f.Year);
            return f.RefusalReason is { Length: > 0 } reason ? text + " " + Vi("Decision.Reason", Line(reason.Trim(), ".")) : text;
        }
        return f.WithAnnex
            ? Vi("Decision.Article1Listed", f.Communes.Count, f.Year)
            : Vi("Decision.Article1", Named(f.Communes[0]), f.Year);
    }

    private static DecisionAnnex Annex(DecisionFacts f, string date) => new(
        [Vi("Decision.AnnexTitle"), UnitNames.Upper(Vi("Decision.AnnexList", f.Year)), Vi("Decision.AnnexOf", f.DecisionNumber, date, UnitNames.InRunningText(f.IssuerName))],
        [Vi("Decision.ColNo"), Vi("Decision.ColCommune"), Vi("Decision.ColParent"), Vi("Decision.ColTotal")],
        [.. f.Communes.Select((c, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), c.Name, c.ParentName ?? "",
            c.Total?.ToString(CultureInfo.InvariantCulture) ?? ""])]);

    /// <summary>"xã Bình Kiến, thành phố Tuy Hoà" — the commune and the unit above it, in running text.</summary>
    private static string Named(DecisionCommune c) =>
        c.ParentName is { } parent ? $"{UnitNames.InRunningText(c.Name)}, {UnitNames.InRunningText(parent)}" : UnitNames.InRunningText(c.Name);

    private static string Line(string text, string end) => text.EndsWith(';') || text.EndsWith('.') || text.EndsWith(',') ? text : text + end;

    private static string Note(List<string> missing, string what)
    {
        missing.Add(what);
        return Blank;
    }
}
