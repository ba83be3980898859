using Microsoft.AspNetCore.Identity;

namespace Bkn.Cms.Data;

/// <summary>A user of the admin: Identity's user plus the owning unit and a display name.</summary>
public sealed class CmsUser : IdentityUser
{
    public Guid? UnitId { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedUtc { get; set; }
}
