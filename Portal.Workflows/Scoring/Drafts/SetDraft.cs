using System.Globalization;
using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>
/// A standard set as the administrator edits it: the model's fields made mutable, <c>null</c> where a value is
/// unknown. It maps one to one to <see cref="StandardSet"/> (<see cref="From"/>, <see cref="ToSet"/>); files are read,
/// written and checked only by <see cref="StandardSetFormat"/>, so the editor has no format of its own.
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

    /// <summary>The years in which the set evaluates; <c>null</c> is every year.</summary>
    public List<int>? EvaluationYears { get; set; }

    /// <summary>The instrument the set rests on, carried through unchanged (not edited here: it is the law's, not ours).</summary>
    public LegalBasis? LegalBasis { get; set; }

    public List<CategoryDraft> Categories { get; set; } = [];
    public bool? NoZeroCriterion { get; set; }
    public bool? AllCriteriaAchieved { get; set; }
    public List<CriterionDraft> Criteria { get; set; } = [];

    public static SetDraft From(StandardSet set) => SetDraftMapping.ToDraft(set);

    public StandardSet ToSet() => SetDraftMapping.ToSet(this);

    /// <summary>Reads a set file through the format.</summary>
    /// <exception cref="JsonException">The text is not a set file; the message lists its problems.</exception>
    public static SetDraft FromJson(string json)
    {
        var read = StandardSetFormat.Read(json);
        return read.Set is { } set ? From(set) : throw new JsonException(string.Join(Environment.NewLine, read.Problems));
    }

    /// <summary>The set file, written by the format.</summary>
    public string ToJson() => StandardSetFormat.Write(ToSet());

    /// <summary>The format's problems of the draft as it stands, each at the JSON path it has in the file.</summary>
    public IReadOnlyList<SetProblem> Problems() => StandardSetFormat.Validate(ToSet());

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
        var no = Enumerable.Range(1, StandardSetFormat.MaxCriterionNo + 1)
            .Select(n => n.ToString(CultureInfo.InvariantCulture)).First(n => !used.Contains(n));
        var criterion = new CriterionDraft { No = no };
        Criteria.Add(criterion);
        return criterion;
    }

    /// <summary>Moves a criterion one place up (<paramref name="offset"/> −1) or down (+1); its number stays.</summary>
    public void MoveCriterion(int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || index >= Criteria.Count || target < 0 || target >= Criteria.Count) return;
        (Criteria[index], Criteria[target]) = (Criteria[target], Criteria[index]);
    }
}

/// <summary>A commune category; <see cref="MinTotal"/> is <c>null</c> while unknown.</summary>
public sealed class CategoryDraft
{
    public string Code { get; set; } = "";
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public int? MinTotal { get; set; }
}
