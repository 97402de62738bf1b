using System.Globalization;
using System.Text;

namespace Portal.Data.Units;

/// <summary>
/// Folds Vietnamese text for search: lower case, no tone marks or diacritics, đ → d, single spaces.
/// "Thành phố Tuy Hoà" and "tuy hoa" fold to comparable strings whatever the tone-mark style.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch == 'đ' ? 'd' : ch;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(c);
            lastWasSpace = false;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string KeyFor(string name, string code) => Fold(name) + " " + code;
}
