namespace Portal.Workflows.Units;

/// <summary>The unit types the official names start with, per level.</summary>
public static class UnitTypes
{
    public static readonly string[] Province = ["Thành phố", "Tỉnh"];
    public static readonly string[] District = ["Thành phố", "Thị xã", "Quận", "Huyện"];
    public static readonly string[] Commune = ["Xã", "Phường", "Thị trấn", "Đặc khu"];

    /// <summary>The type that <paramref name="name"/> starts with ("Thị xã Sông Cầu" → "Thị xã"), or null.</summary>
    public static string? PrefixOf(string name, IEnumerable<string> types) =>
        types.FirstOrDefault(t => name.StartsWith(t + " ", StringComparison.Ordinal) && name.Length > t.Length + 1);
}
