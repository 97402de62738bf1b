using Microsoft.AspNetCore.Identity;
using Portal.Data.Units;

namespace Portal.Data.Accounts;

/// <summary>A portal account. Every account except an administrator's is bound to one unit: its scope.</summary>
public class PortalUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int? UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    /// <summary>"vi-VN" or "en-US"; applied at every sign-in so the choice follows the person.</summary>
    public string PreferredCulture { get; set; } = "vi-VN";
    /// <summary>Disabled by an administrator: sign-in refused even with the right password.</summary>
    public bool IsDisabled { get; set; }
    /// <summary>Notifications also go by e-mail (when the portal has an SMTP server); the user may turn it off.</summary>
    public bool EmailNotifications { get; set; } = true;
}
