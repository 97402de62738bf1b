using System.Globalization;
using System.Text;

namespace Portal.Workflows.Files;

/// <summary>
/// The name an upload is shown under (never stored under: files get generated names): the last part of whatever path
/// the browser sent, in NFC, without control, format (bidirectional overrides, zero-width) or path characters, at most
/// <see cref="MaxLength"/> characters with its extension kept.
/// </summary>
public static class UploadName
{
    public const int MaxLength = 120;

    public static string Display(string? sent, UploadType type)
    {
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator) continue;
            clean.Append(rune.ToString());
        }
        var stem = Path.GetFileNameWithoutExtension(clean.ToString()).Trim(' ', '.');
        if (stem.Length == 0) stem = "tep";
        var room = MaxLength - type.Extension.Length;
        if (stem.Length > room) stem = new StringInfo(stem).SubstringByTextElements(0, TextElementsWithin(stem, room)).TrimEnd(' ', '.');
        return stem + type.Extension;
    }

    /// <summary>How many whole text elements (a letter with its marks) fit in <paramref name="chars"/> characters.</summary>
    private static int TextElementsWithin(string s, int chars)
    {
        var (count, used) = (0, 0);
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext() && used + e.GetTextElement().Length <= chars) (count, used) = (count + 1, used + e.GetTextElement().Length);
        return count;
    }
}
