using Portal.Data.Accounts;
using Portal.Data.Units;
using Portal.Workflows.Access;

namespace Portal.Tests.Access;

[Trait("Category", "Unit")]
public sealed class AccessPolicyTests
{
    private const string Province = "/2024/54/", District = "/2024/54/555/", Commune = "/2024/54/555/22015/";
    private const string Sibling = "/2024/54/555/22045/", OtherDistrict = "/2024/54/557/", OtherProvince = "/2024/01/";

    private static UserScope User(string role, string? path) =>
        new("id-" + role, role, new HashSet<string> { role }, path is null ? null : 1, path);

    [Theory]
    [InlineData(Commune, true)]
    [InlineData(Sibling, false)]
    [InlineData(District, false)]
    [InlineData(Province, false)]
    [InlineData(OtherProvince, false)]
    public void Commune_officer_reads_only_their_commune(string target, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanRead(User(PortalRoles.CommuneOfficer, Commune), target));

    [Theory]
    [InlineData(District, true)]
    [InlineData(Commune, true)]
    [InlineData(Sibling, true)]
    [InlineData(OtherDistrict, false)]
    [InlineData(Province, false)]
    public void District_officer_reads_the_district_and_everything_below(string target, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanRead(User(PortalRoles.DistrictOfficer, District), target));

    [Fact]
    public void A_code_that_merely_starts_with_the_same_digits_is_not_inside()
    {
        var user = User(PortalRoles.ProvinceOfficer, "/2024/5/");
        Assert.False(AccessPolicy.CanRead(user, Province));
    }

    [Fact]
    public void The_same_code_in_another_structure_is_not_inside() =>
        Assert.False(AccessPolicy.CanRead(User(PortalRoles.ProvinceOfficer, Province), "/2025/54/"));

    [Fact]
    public void Administrator_reads_and_changes_everything()
    {
        var admin = User(PortalRoles.Administrator, null);
        Assert.True(AccessPolicy.CanRead(admin, OtherProvince));
        Assert.True(AccessPolicy.CanChange(admin, Commune));
        Assert.True(AccessPolicy.CanAdminister(admin));
    }

    [Fact]
    public void Viewer_reads_below_their_unit_but_changes_nothing()
    {
        var viewer = User(PortalRoles.Viewer, Province);
        Assert.True(AccessPolicy.CanRead(viewer, Commune));
        Assert.False(AccessPolicy.CanChange(viewer, Commune));
        Assert.True(AccessPolicy.CanChange(User(PortalRoles.CommuneOfficer, Commune), Commune));
    }

    [Fact]
    public void Anonymous_and_unbound_users_see_nothing()
    {
        Assert.False(AccessPolicy.CanRead(UserScope.Anonymous, Commune));
        Assert.False(AccessPolicy.CanRead(User(PortalRoles.CommuneOfficer, null), Commune));
        Assert.False(AccessPolicy.CanAdminister(User(PortalRoles.ProvinceOfficer, Province)));
    }

    [Theory]
    [InlineData(PortalRoles.CommuneOfficer, Commune)]
    [InlineData(PortalRoles.DistrictOfficer, District)]
    [InlineData(PortalRoles.ProvinceOfficer, Province)]
    [InlineData(PortalRoles.Administrator, null)]
    public void The_query_filter_agrees_with_the_rule(string role, string? own)
    {
        var user = User(role, own);
        var units = new[] { Province, District, Commune, Sibling, OtherDistrict, OtherProvince, "/2025/54/" }
            .Select(p => new AdminUnit { Code = p, Name = p, Type = "", StructureCode = "", Path = p, SearchKey = p }).ToList();
        var filtered = units.AsQueryable().Where(AccessPolicy.ReadableUnits(user)).Select(u => u.Path).ToList();
        Assert.Equal(units.Where(u => AccessPolicy.CanRead(user, u.Path)).Select(u => u.Path).ToList(), filtered);
    }
}
