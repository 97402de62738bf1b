using System.Globalization;
using Portal.Workflows.Scoring;

namespace Portal.Web.Standards;

/// <summary>
/// A standard set file (standard-set-format.md) as the administrator edits it: plain mutable fields, <c>null</c> where a
/// value is unknown. <see cref="FromJson"/> and <see cref="ToJson"/> are pure; the editor validates by loading
/// <see cref="ToJson"/> with <see cref="StandardSetLoader"/>, so the rules live in one place, the engine.
/// </summary>
public sealed class SetDraft
{
    public int Format { get; set; } = StandardSet.SupportedFormat;
    public string Code { get; set; } = "";
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public string? Basis { get; set; }
    public bool Illustrative { get; set; }
    public bool Complete { get; set; }
    public int? TotalPoints { get; set; }
    public List<CategoryDraft> Categories { get; set; } = [];
    public bool? NoZeroCriterion { get; set; }
    public bool? AllCriteriaAchieved { get; set; }
    public List<CriterionDraft> Criteria { get; set; } = [];

    /// <summary>Reads a set file. Lenient: a value of the wrong type reads as unknown, which the loader then reports.</summary>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON or not an object.</exception>
    public static SetDraft FromJson(string json) => SetDraftReader.Read(json);

    /// <summary>The file: the format's property names, only the chosen kind's fields, <c>null</c> for unknown values.</summary>
    public string ToJson() => SetDraftWriter.Write(this);

    /// <summary>A small set that loads without problems: one category, one yes/no criterion, not yet complete.</summary>
    public static string NewTemplate(string code)
    {
        var draft = new SetDraft { Code = code, TotalPoints = 100 };
        draft.AddCategory();
        draft.AddCriterion().ChangeKind(CriterionKinds.YesNo);
        draft.Criteria[0].MaxPoints = 100;
        return draft.ToJson();
    }

    /// <summary>The sum of the criteria's known maxPoints, to compare with <see cref="TotalPoints"/>.</summary>
    public int KnownMaxPointsSum => Criteria.Sum(c => c.MaxPoints ?? 0);

    public int UnknownMaxPointsCount => Criteria.Count(c => c.MaxPoints is null);

    public CategoryDraft AddCategory()
    {
        var used = Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var code = Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).FirstOrDefault(c => !used.Contains(c)) ?? "";
        var category = new CategoryDraft { Code = code };
        Categories.Add(category);
        return category;
    }

    /// <summary>Adds a criterion numbered with the smallest free number; its kind is unknown until chosen.</summary>
    public CriterionDraft AddCriterion()
    {
        var used = Criteria.Select(c => c.No).ToHashSet(StringComparer.Ordinal);
        var no = Enumerable.Range(1, StandardSetValidator.MaxCriterionNo + 1)
            .Select(n => n.ToString(CultureInfo.InvariantCulture)).First(n => !used.Contains(n));
        var criterion = new CriterionDraft { No = no };
        Criteria.Add(criterion);
        return criterion;
    }

    /// <summary>Moves a criterion one place up (<paramref name="offset"/> −1) or down (+1); its number stays.</summary>
    public void MoveCriterion(int index, int offset) => Move(Criteria, index, offset);

    internal static void Move<T>(List<T> list, int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count) return;
        (list[index], list[target]) = (list[target], list[index]);
    }
}
