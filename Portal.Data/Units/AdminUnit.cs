namespace Portal.Data.Units;

/// <summary>An administrative unit (province, district or commune) of one structure.</summary>
public class AdminUnit
{
    public int Id { get; set; }
    public required string StructureCode { get; set; }
    public UnitLevel Level { get; set; }
    /// <summary>Official GSO code, kept as text: leading zeros matter ("01", "001", "00001").</summary>
    public required string Code { get; set; }
    /// <summary>Full official name with its type prefix, e.g. "Thành phố Tuy Hoà".</summary>
    public required string Name { get; set; }
    /// <summary>Tỉnh, Thành phố, Quận, Huyện, Thị xã, Xã, Phường, Thị trấn or Đặc khu.</summary>
    public required string Type { get; set; }
    public int? ParentId { get; set; }
    public AdminUnit? Parent { get; set; }
    /// <summary>
    /// "/2024/54/555/22015/": the structure and the codes from the top. Scope checks are a prefix test on it,
    /// which every provider translates (LIKE 'prefix%'), so no recursive SQL is needed.
    /// </summary>
    public required string Path { get; set; }
    /// <summary>Name and code without diacritics, lower case: what search compares against.</summary>
    public required string SearchKey { get; set; }
    /// <summary>
    /// The name of the office of this unit that appraises dossiers (e.g. a district's "Phòng …"), as the province
    /// records it; the decision names it. Null until recorded: it differs by place and changed with the 2025 reform.
    /// </summary>
    public string? AppraisingOffice { get; set; }
    public List<AdminUnit> Children { get; set; } = [];
}
