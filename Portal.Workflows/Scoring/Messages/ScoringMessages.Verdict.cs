namespace Portal.Workflows.Scoring;

// The reasons of a "not-recognized" verdict and the entries of the missing list, in officials' words.
public static partial class ScoringMessages
{
    public static string TotalBelowMinimum(int total, int minTotal, string categoryCode) =>
        Text("Verdict.TotalBelowMinimum", total, minTotal, categoryCode);

    public static string CriterionScoredZero(string no) => Text("Verdict.CriterionScoredZero", no);

    public static string CriterionNotAchieved(string no, int points, int achievedAt) => Text("Verdict.CriterionNotAchieved", no, points, achievedAt);

    public static string SetNotComplete(string code) => Text("Missing.SetNotComplete", code);

    /// <summary>
    /// A value the score needs that the set does not know yet. <paramref name="path"/> is where it sits in the file; the
    /// message says what it is in words ("điểm tối đa"), because the missing list is read by officials, not by the file's editor.
    /// </summary>
    public static string ValueUnknown(string owner, string path) => Text("Missing.ValueUnknown", owner, UnknownValueName(path));

    public static string NoInput(InputSubject subject) => Text("Missing.NoInput", SubjectName(subject));

    /// <summary>The value fell in a band whose points the law does not give (yet): "50 %".</summary>
    public static string ResultPointsUnknown(string owner, string shownValue) => Text("Missing.ResultPointsUnknown", owner, shownValue);

    public static string ItemPointsUnknown(string owner, string itemCode) => Text("Missing.ItemPointsUnknown", owner, itemCode);

    /// <summary>"$.criteria[1].maxPoints" → "điểm tối đa": the last property of the path, in words.</summary>
    private static string UnknownValueName(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0) name = name[..bracket];
        var text = Text("Unknown." + name);
        return text == "Unknown." + name ? Text("Unknown.value") : text;
    }
}
