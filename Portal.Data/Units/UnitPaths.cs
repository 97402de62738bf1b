using System.Linq.Expressions;

namespace Portal.Data.Units;

/// <summary>Builds the <see cref="AdminUnit.Path"/> values that scope checks compare.</summary>
public static class UnitPaths
{
    public static string Of(string structureCode, params string[] codes) =>
        "/" + structureCode + "/" + string.Concat(codes.Select(c => c + "/"));

    public static string Child(string parentPath, string code) => parentPath + code + "/";

    /// <summary>The paths of the units above <paramref name="path"/>, top first ("/2024/54/" for "/2024/54/555/").</summary>
    public static List<string> AncestorsOf(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        // parts[0] is the structure; every shorter prefix that names a unit is an ancestor.
        return Enumerable.Range(2, Math.Max(0, parts.Length - 2))
            .Select(n => "/" + string.Join('/', parts.Take(n)) + "/").ToList();
    }

    /// <summary>True when <paramref name="path"/> is the unit at <paramref name="scopePath"/> or lies below it.</summary>
    public static bool IsWithin(string path, string scopePath) =>
        path.StartsWith(scopePath, StringComparison.Ordinal);

    /// <summary>
    /// The lower bound of the paths within <paramref name="scopePath"/>: the path itself. With <see cref="High"/> a range
    /// (<c>Path &gt;= Low AND Path &lt; High</c>) that an index on the path answers by a search, where a prefix match
    /// (<c>LIKE 'prefix%'</c>) scans. Paths are ASCII (digits and '/'), so ordinal order is every provider's binary order.
    /// </summary>
    public static string Low(string scopePath) => scopePath;

    /// <summary>The first string after every path that starts with <paramref name="scopePath"/>: its last character raised by one.</summary>
    public static string High(string scopePath) =>
        scopePath.Length == 0 ? "\uffff" : scopePath[..^1] + (char)(scopePath[^1] + 1);

    /// <summary>The units at or below <paramref name="scopePath"/>, as an index range on the path (see <see cref="Low"/>).</summary>
    public static Expression<Func<AdminUnit, bool>> Within(string scopePath)
    {
        var (low, high) = (Low(scopePath), High(scopePath));
        return u => string.Compare(u.Path, low) >= 0 && string.Compare(u.Path, high) < 0;
    }
}
