using Bkn.Cms.Security;

namespace Bkn.Cms.AuditTrail;

/// <summary>Permissions of the audit trail.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewAuditTrailName = "ViewAuditTrail";
    public const string ManageAuditTrailName = "ManageAuditTrail";

    public static readonly Permission ViewAuditTrail = new(ViewAuditTrailName, "Melihat dan mengekspor jejak audit", "Keamanan");
    // The retention period is a site-wide setting.
    public static readonly Permission ManageAuditTrail = new(ManageAuditTrailName, "Mengatur masa simpan jejak audit", "Keamanan") { Global = true };

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail, ManageAuditTrail];
}
