using Portal.Data.Units;

namespace Portal.DevTools.Demo;

/// <summary>
/// Who acts in the demo history: user names in the style of the demo accounts ("phuong1.canbo", "tuyhoa.lanhdao"),
/// so that the history of Phường 1 or Tuy Hoà names the accounts a visitor signs in with, and the signers of decisions.
/// </summary>
internal static class DemoPeople
{
    public const string ProvinceOfficer = "so.canbo";
    public const string ProvinceLeader = "tinh.lanhdao";
    public const string ProvinceSigner = "Trần Văn Hùng";

    private static readonly Dictionary<string, string> DistrictSigners = new(StringComparer.Ordinal)
    {
        ["555"] = "Võ Văn Nam",
        ["557"] = "Lê Văn Bình",
        ["558"] = "Trần Quốc Dũng",
    };

    public static string Officer(AdminUnit unit) => Slug(unit) + ".canbo";

    public static string Leader(AdminUnit unit) => Slug(unit) + ".lanhdao";

    public static string DistrictSigner(AdminUnit district) =>
        DistrictSigners.TryGetValue(district.Code, out var name) ? name : "Nguyễn Văn Thành";

    /// <summary>"Phường 1" → "phuong1", "Xã Bình Kiến" → "binhkien", "Thành phố Tuy Hoà" → "tuyhoa".</summary>
    public static string Slug(AdminUnit unit)
    {
        var rest = unit.Name.StartsWith(unit.Type + " ", StringComparison.Ordinal) ? unit.Name[(unit.Type.Length + 1)..] : unit.Name;
        if (rest.Length > 0 && char.IsDigit(rest[0])) rest = unit.Type + rest;
        return SearchText.Fold(rest).Replace(" ", "", StringComparison.Ordinal);
    }
}
