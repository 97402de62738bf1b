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
}
