namespace Portal.Data.Units;

/// <summary>Builds the <see cref="AdminUnit.Path"/> values that scope checks compare.</summary>
public static class UnitPaths
{
    public static string Of(string structureCode, params string[] codes) =>
        "/" + structureCode + "/" + string.Concat(codes.Select(c => c + "/"));

    public static string Child(string parentPath, string code) => parentPath + code + "/";

    /// <summary>True when <paramref name="path"/> is the unit at <paramref name="scopePath"/> or lies below it.</summary>
    public static bool IsWithin(string path, string scopePath) =>
        path.StartsWith(scopePath, StringComparison.Ordinal);
}
