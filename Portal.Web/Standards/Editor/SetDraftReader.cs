using System.Text.Json;
using Portal.Workflows.Scoring;
using F = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Web.Standards;

/// <summary>
/// Reads a set file into a <see cref="SetDraft"/>. It keeps what it can and never refuses a shape: checking the format is
/// the loader's work, and the editor shows its problems so the administrator can repair a broken file.
/// </summary>
internal static class SetDraftReader
{
    public static SetDraft Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("The set file is not a JSON object.");
        var passRules = Property(root, F.PassRules);
        return new SetDraft
        {
            Format = Int(root, F.Format) ?? StandardSet.SupportedFormat,
            Code = Str(root, F.Code) ?? "",
            TitleVi = Str(root, F.TitleVi),
            TitleEn = Str(root, F.TitleEn),
            Basis = Str(root, F.Basis),
            Illustrative = Bool(root, F.Illustrative) ?? false,
            Complete = Bool(root, F.Complete) ?? false,
            TotalPoints = Int(root, F.TotalPoints),
            Categories = List(root, F.Categories, ReadCategory) ?? [],
            NoZeroCriterion = passRules is { } rules ? Bool(rules, F.NoZeroCriterion) : null,
            AllCriteriaAchieved = passRules is { } rules2 ? Bool(rules2, F.AllCriteriaAchieved) : null,
            Criteria = List(root, F.Criteria, ReadCriterion) ?? [],
        };
    }

    private static CategoryDraft ReadCategory(JsonElement e) => new()
    {
        Code = Str(e, F.Code) ?? "", NameVi = Str(e, F.NameVi), NameEn = Str(e, F.NameEn), MinTotal = Int(e, F.MinTotal),
    };

    private static CriterionDraft ReadCriterion(JsonElement e)
    {
        var criterion = new CriterionDraft
        {
            No = Str(e, F.No) ?? "",
            HasAchievedAt = Property(e, F.AchievedAt) is not null,
            AchievedAt = Int(e, F.AchievedAt),
        };
        ReadScored(e, criterion);
        return criterion;
    }

    private static PartDraft ReadPart(JsonElement e)
    {
        var part = new PartDraft { Code = Str(e, F.Code) ?? "" };
        ReadScored(e, part);
        return part;
    }

    private static void ReadScored(JsonElement e, ScoredDraft draft)
    {
        draft.NameVi = Str(e, F.NameVi);
        draft.NameEn = Str(e, F.NameEn);
        draft.MaxPoints = Int(e, F.MaxPoints);
        draft.Kind = Str(e, F.Kind);
        draft.HigherIsBetter = Bool(e, F.HigherIsBetter);
        // Absent is the format's default; an explicit null is "not known yet".
        draft.WhenNoCases = Property(e, F.WhenNoCases) is null ? NoCasesPolicyNames.Invalid : Str(e, F.WhenNoCases);
        draft.Bands = List(e, F.Bands, ReadBand);
        draft.Items = List(e, F.Items, ReadItem);
        draft.Parts = List(e, F.Parts, ReadPart);
    }

    private static BandDraft ReadBand(JsonElement e)
    {
        var isMax = Property(e, F.Min) is null && Property(e, F.Max) is not null;
        return new BandDraft
        {
            Bound = isMax ? BandBound.Max : BandBound.Min,
            Threshold = Decimal(e, isMax ? F.Max : F.Min),
            Points = Int(e, F.Points),
        };
    }

    private static ItemDraft ReadItem(JsonElement e) => new()
    {
        Code = Str(e, F.Code) ?? "", NameVi = Str(e, F.NameVi), NameEn = Str(e, F.NameEn), Points = Int(e, F.Points),
    };

    private static JsonElement? Property(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) ? value : null;

    private static string? Str(JsonElement e, string name) =>
        Property(e, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool? Bool(JsonElement e, string name) =>
        Property(e, name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    private static int? Int(JsonElement e, string name) =>
        Property(e, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    private static decimal? Decimal(JsonElement e, string name) =>
        Property(e, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;

    /// <summary>The elements of an array (<c>null</c> when unknown), skipping any that are not objects.</summary>
    private static List<T>? List<T>(JsonElement e, string name, Func<JsonElement, T> read) =>
        Property(e, name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).Select(read).ToList()
            : null;
}
