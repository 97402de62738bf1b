using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Maps the set object, its categories and pass rules; criteria are left to <see cref="CriterionFormat"/>.</summary>
internal static class SetReader
{
    public static StandardSet? Read(JsonElement root, List<SetProblem> problems)
    {
        var set = JsonObjectReader.Open(root, "$", problems);
        if (set is null) return null;

        set.RejectOthers(P.SetFields, ScoringMessages.UnknownProperty);
        var format = set.Int(P.Format, nullable: false) ?? 0;
        var categories = set.Array(P.Categories, nullable: false) ?? [];
        var criteria = set.Array(P.Criteria, nullable: false) ?? [];
        return new StandardSet(
            format,
            set.String(P.Code, nullable: false) ?? "",
            set.String(P.TitleVi),
            set.String(P.TitleEn),
            set.String(P.Basis),
            set.Bool(P.Illustrative, nullable: false) ?? false,
            set.Bool(P.Complete, nullable: false) ?? false,
            set.Int(P.TotalPoints),
            new ValueList<CommuneCategory>(categories.Select(c => ReadCategory(c.Element, c.Path, problems)).OfType<CommuneCategory>()),
            ReadPassRules(set.Object(P.PassRules)),
            new ValueList<Criterion>(criteria.Select(c => CriterionFormat.ReadCriterion(c.Element, c.Path, problems)).OfType<Criterion>()))
        {
            EvaluationYears = ReadEvaluationYears(set, problems),
            LegalBasis = ReadLegalBasis(set),
        };
    }

    /// <summary>Optional: absent when not known; present, every field a non-empty string and the date as yyyy-MM-dd.</summary>
    private static LegalBasis? ReadLegalBasis(JsonObjectReader set)
    {
        if (!set.Has(P.LegalBasis)) return null;
        var basis = set.Object(P.LegalBasis);
        if (basis is null) return null;
        basis.RejectOthers(P.LegalBasisFields, ScoringMessages.UnknownProperty);
        string Required(string name)
        {
            var text = basis.String(name, nullable: false);
            if (string.IsNullOrWhiteSpace(text) && basis.Has(name)) basis.Report(name, ScoringMessages.LegalBasisFieldEmpty());
            return text ?? "";
        }
        var (kind, number, issuer, subject, dateText) = (Required(P.BasisKind), Required(P.BasisNumber), Required(P.BasisIssuer),
            Required(P.BasisSubject), Required(P.BasisDate));
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            if (dateText.Length > 0) basis.Report(P.BasisDate, ScoringMessages.LegalBasisBadDate(dateText));
            return null;
        }
        return new LegalBasis(kind, number, date, issuer, subject);
    }

    /// <summary>Optional: absent is every year; present, a list of whole years (never null: leave it out instead).</summary>
    private static ValueList<int>? ReadEvaluationYears(JsonObjectReader set, List<SetProblem> problems)
    {
        if (!set.Has(P.EvaluationYears)) return null;
        var years = set.Array(P.EvaluationYears, nullable: false);
        if (years is null) return null;
        var read = new List<int>();
        foreach (var (element, path) in years)
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var year)) read.Add(year);
            else problems.Add(new SetProblem(path, ScoringMessages.NotAnInteger()));
        }
        return new ValueList<int>(read);
    }

    private static CommuneCategory? ReadCategory(JsonElement element, string path, List<SetProblem> problems)
    {
        var category = JsonObjectReader.Open(element, path, problems);
        if (category is null) return null;
        category.RejectOthers(P.CategoryFields, ScoringMessages.UnknownProperty);
        return new CommuneCategory(
            category.String(P.Code, nullable: false) ?? "",
            category.String(P.NameVi),
            category.String(P.NameEn),
            category.Int(P.MinTotal));
    }

    private static PassRules ReadPassRules(JsonObjectReader? rules)
    {
        if (rules is null) return new PassRules(null, null);
        rules.RejectOthers(P.PassRuleFields, ScoringMessages.UnknownProperty);
        return new PassRules(rules.Bool(P.NoZeroCriterion), rules.Bool(P.AllCriteriaAchieved));
    }
}
