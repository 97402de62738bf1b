namespace Portal.Data.Accounts;

/// <summary>The roles of PORTAL-SPEC §2. Names are stable identifiers; display texts live in resources.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string ProvinceLeader = "ProvinceLeader";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string DistrictLeader = "DistrictLeader";
    public const string CommuneOfficer = "CommuneOfficer";
    public const string CommuneLeader = "CommuneLeader";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, ProvinceOfficer, ProvinceLeader, DistrictOfficer, DistrictLeader,
        CommuneOfficer, CommuneLeader, Viewer,
    ];
}
