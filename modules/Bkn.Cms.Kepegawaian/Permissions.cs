using Bkn.Cms.Security;

namespace Bkn.Cms.Kepegawaian;

/// <summary>
/// Permissions of KPO/PPO. Agency users hold them for their own agency only, BKN staff for every agency
/// (IAgencyScopeService); the full NIP needs its own permission.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewName = "ViewKpo";
    public const string ProposeName = "ProposeKpo";
    public const string VerifyName = "VerifyKpo";
    public const string ManageName = "ManageKpo";
    public const string ViewFullNipName = "ViewKpoFullNip";

    public static readonly Permission View = new(ViewName, "Melihat daftar nominatif, usulan dan dasbor KPO/PPO", "KPO/PPO");
    public static readonly Permission Propose = new(ProposeName, "Merekonsiliasi data dan mengajukan usulan KPO/PPO instansi", "KPO/PPO");
    public static readonly Permission Verify = new(VerifyName, "Memverifikasi usulan KPO/PPO (BTL, BTS, TMS, MS, Pertek) dan koreksi data", "KPO/PPO");
    public static readonly Permission Manage = new(ManageName, "Mengelola KPO/PPO (membuat daftar nominatif)", "KPO/PPO");
    public static readonly Permission ViewFullNip = new(ViewFullNipName, "Melihat NIP lengkap pada KPO/PPO (tercatat di jejak audit)", "KPO/PPO");

    public IEnumerable<Permission> GetPermissions() => [View, Propose, Verify, Manage, ViewFullNip];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Operator KPO/PPO Instansi", PermissionScope.OwnUnit, View, Propose, ViewFullNip),
        new("Verifikator KPO/PPO", PermissionScope.AllUnits, View, Verify, ViewFullNip),
    ];
}
