using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Maps the definition fields of a known kind: bands, items or parts.</summary>
internal static class RuleReader
{
    public static ScoringRule Read(JsonObjectReader reader, string kind, List<SetProblem> problems) => kind switch
    {
        CriterionKinds.Rate => new RateRule(reader.Bool(P.HigherIsBetter), ReadBands(reader, problems), ReadWhenNoCases(reader)),
        CriterionKinds.Count => new CountRule(reader.Bool(P.HigherIsBetter), ReadBands(reader, problems)),
        CriterionKinds.Checklist => new ChecklistRule(ReadList(reader, P.Items, problems, ReadItem)),
        CriterionKinds.Parts => new PartsRule(ReadList(reader, P.Parts, problems, CriterionReader.ReadPart)),
        _ => new YesNoRule(),
    };

    private static NoCasesPolicy? ReadWhenNoCases(JsonObjectReader reader)
    {
        if (!reader.Has(P.WhenNoCases)) return NoCasesPolicy.Invalid;
        var name = reader.String(P.WhenNoCases);
        if (name is null) return null;
        var policy = NoCasesPolicyNames.FromName(name);
        if (policy is null) reader.Report(P.WhenNoCases, ScoringMessages.UnknownNoCasesPolicy(name));
        return policy;
    }

    private static ValueList<Band>? ReadBands(JsonObjectReader reader, List<SetProblem> problems) =>
        ReadList(reader, P.Bands, problems, ReadBand);

    private static ValueList<T>? ReadList<T>(
        JsonObjectReader reader, string name, List<SetProblem> problems, Func<JsonElement, string, List<SetProblem>, T?> readOne)
        where T : class
    {
        var elements = reader.Array(name);
        return elements is null ? null : new ValueList<T>(elements.Select(e => readOne(e.Element, e.Path, problems)).OfType<T>());
    }

    private static Band? ReadBand(JsonElement element, string path, List<SetProblem> problems)
    {
        var band = JsonObjectReader.Open(element, path, problems);
        if (band is null) return null;
        band.RejectOthers(P.BandFields, ScoringMessages.UnknownProperty);
        var hasMin = band.Has(P.Min);
        if (hasMin == band.Has(P.Max))
        {
            problems.Add(new SetProblem(path, ScoringMessages.BandNeedsOneBound()));
            return null;
        }
        var points = band.Int(P.Points);
        return hasMin ? Band.Min(band.Decimal(P.Min), points) : Band.Max(band.Decimal(P.Max), points);
    }

    private static ChecklistItem? ReadItem(JsonElement element, string path, List<SetProblem> problems)
    {
        var item = JsonObjectReader.Open(element, path, problems);
        if (item is null) return null;
        item.RejectOthers(P.ItemFields, ScoringMessages.UnknownProperty);
        return new ChecklistItem(
            item.String(P.Code, nullable: false) ?? "",
            item.String(P.NameVi),
            item.String(P.NameEn),
            item.Int(P.Points));
    }
}
