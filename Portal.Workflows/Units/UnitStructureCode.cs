using System.Text.RegularExpressions;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>
/// A structure code is the first segment of every unit path ("/2024/54/…"), and scope is a prefix of the path:
/// a code holding "/" ("2024/54") would put its units inside another structure's province, in the scope of that
/// province's staff. So a code is letters without diacritics, digits, "-" and "_", and fits its column.
/// </summary>
public static partial class UnitStructureCode
{
    public const int MaxLength = 16;

    /// <summary>Why <paramref name="code"/> cannot name a structure, or null when it can.</summary>
    public static string? Problem(string code) =>
        Valid().IsMatch(code) ? null : WorkflowText.Get("Units.BadStructureCode", code, MaxLength);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")]
    private static partial Regex Valid();
}
