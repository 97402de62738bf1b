using System.Text.Json;
using Portal.Data.Dossiers;

namespace Portal.Workflows.Dossiers.Drafts;

/// <summary>
/// The fields of a dossier that keep drafts, and the saved value of each in the same form as a draft's value (a JSON
/// array of the field's parts), so that "saved value changed since the draft started" is a plain comparison.
/// </summary>
public static class DraftFields
{
    public const string Council = "Council";
    public const string Return = "Return";
    public static string SelfInput(string criterionNo) => $"{DossierEdit.SelfInput}:{criterionNo}";
    public static string Appraisal(string criterionNo) => $"{DossierEdit.Appraisal}:{criterionNo}";

    /// <summary>The criterion of a per-criterion field ("2" of "SelfInput:2").</summary>
    public static string CriterionNo(string field) => field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>The kind of data a field is, whose edit rule says who may keep a draft of it and when.</summary>
    public static DossierEdit? Edit(string field) => Prefix(field) switch
    {
        nameof(DossierEdit.SelfInput) => DossierEdit.SelfInput,
        nameof(DossierEdit.Appraisal) => DossierEdit.Appraisal,
        Council => DossierEdit.Council,
        // A return for supplement is written by the appraising officer at the completeness check: the same people at
        // the same stage as the category check, whose rule therefore answers for it.
        Return => DossierEdit.Category,
        _ => null,
    };

    /// <summary>The value saved in the dossier for the field now (null for a return, which is saved only as a step).</summary>
    public static string? Saved(Dossier d, string field)
    {
        var entry = d.Criteria.FirstOrDefault(c => c.CriterionNo == CriterionNo(field));
        return Prefix(field) switch
        {
            nameof(DossierEdit.SelfInput) => Of(entry?.SelfInputJson, entry?.SourceNote),
            nameof(DossierEdit.Appraisal) => Of(entry?.AppraisedInputJson ?? entry?.SelfInputJson, entry?.AppraisalReason),
            Council => Of(d.CouncilDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.CouncilMembers, d.CouncilResult),
            _ => null,
        };
    }

    /// <summary>A draft's value from the field's parts, in the order the field defines.</summary>
    public static string Of(params string?[] parts) => JsonSerializer.Serialize(parts);

    /// <summary>The parts of a value made by <see cref="Of"/> (none for a value that is not one).</summary>
    public static string?[] Parts(string? value)
    {
        if (value is null) return [];
        try { return JsonSerializer.Deserialize<string?[]>(value) ?? []; }
        catch (JsonException) { return []; }
    }

    private static string Prefix(string field) => field.Split(':')[0];
}
