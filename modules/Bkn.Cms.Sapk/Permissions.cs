using Bkn.Cms.Security;

namespace Bkn.Cms.Sapk;

/// <summary>
/// Permissions of the module. Viewing is scoped by agency: an agency user who holds "ViewSapk" sees their own agency's
/// figures only; managing (upload, confirm, pull) changes whole periods and needs the permission for every agency.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewSapkName = "ViewSapk";
    public const string ManageSapkName = "ManageSapk";

    public static readonly Permission ViewSapk = new(ViewSapkName, "Melihat statistik SAPK", "Statistik SAPK");

    public static readonly Permission ManageSapk = new(ManageSapkName, "Mengelola data statistik SAPK (unggah, konfirmasi, tarik)", "Statistik SAPK");

    public IEnumerable<Permission> GetPermissions() => [ViewSapk, ManageSapk];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Pengelola Statistik SAPK", PermissionScope.AllUnits, ViewSapk, ManageSapk),
    ];
}
