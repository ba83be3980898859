using Bkn.Cms.Navigation;

namespace Bkn.Cms.AuditTrail;

/// <summary>Admin menu entry "Jejak Audit".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Security, "Jejak Audit", "/admin/jejak-audit", Permissions.ViewAuditTrail, 30)];
}
