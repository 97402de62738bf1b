using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Units;
using Portal.Workflows.Access;

namespace Portal.DevTools.Demo;

/// <summary>
/// Who acts in the demo, as the product sees them: a <see cref="UserScope"/> (user id and name, role, unit and its
/// path), as a sign-in gives, for the people of <see cref="DemoPeople"/>. A person with a demo account
/// ("phuong1.canbo", "tuyhoa.canbo") acts under that account's id, so the queue's "returned by me" finds their returns
/// and their notifications reach them; the other communes' and districts' people have no account, and act under an id
/// that names them.
/// </summary>
internal sealed class DemoActors(AdminUnit province, IReadOnlyDictionary<string, string> accountIds)
{
    private readonly Dictionary<(string, string), UserScope> _scopes = [];

    /// <summary>The actors of a province: the demo accounts' ids are read once.</summary>
    public static async Task<DemoActors> ReadAsync(PortalDbContext db, AdminUnit province, CancellationToken ct)
    {
        var names = DemoAccounts.All.Select(a => a.UserName).ToList();
        var ids = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        return new DemoActors(province, ids);
    }

    /// <summary>The person of <paramref name="role"/> who acts for <paramref name="commune"/>: its own people, its district's, or the province's.</summary>
    public UserScope For(string role, AdminUnit commune) => role switch
    {
        PortalRoles.CommuneOfficer => Scope(DemoPeople.Officer(commune), role, commune),
        PortalRoles.CommuneLeader => Scope(DemoPeople.Leader(commune), role, commune),
        PortalRoles.DistrictOfficer => Scope(DemoPeople.Officer(commune.Parent!), role, commune.Parent!),
        PortalRoles.DistrictLeader => Scope(DemoPeople.Leader(commune.Parent!), role, commune.Parent!),
        _ => Province(role),
    };

    /// <summary>The province officer ("so.canbo") or leader ("tinh.lanhdao") of the demo province.</summary>
    public UserScope Province(string role) =>
        Scope(role == PortalRoles.ProvinceLeader ? DemoPeople.ProvinceLeader : DemoPeople.ProvinceOfficer, role, province);

    /// <summary>The demo accounts that exist, each as its own reader (of their notifications: only the id counts).</summary>
    public IEnumerable<UserScope> Accounts =>
        accountIds.Select(a => new UserScope(a.Value, a.Key, new HashSet<string>(), null, null));

    private UserScope Scope(string userName, string role, AdminUnit unit)
    {
        if (!_scopes.TryGetValue((userName, role), out var scope))
            _scopes[(userName, role)] = scope = new UserScope(accountIds.GetValueOrDefault(userName) ?? "demo:" + userName, userName,
                new HashSet<string> { role }, unit.Id, unit.Path);
        return scope;
    }
}
