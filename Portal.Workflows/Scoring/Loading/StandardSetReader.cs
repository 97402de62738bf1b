using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Maps the set object, its categories and pass rules; criteria are left to <see cref="CriterionReader"/>.</summary>
internal static class StandardSetReader
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
            new ValueList<Criterion>(criteria.Select(c => CriterionReader.ReadCriterion(c.Element, c.Path, problems)).OfType<Criterion>()));
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
