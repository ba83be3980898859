using Bkn.Cms.Security;

namespace Bkn.Cms.Pkt;

/// <summary>Permissions of the PKT single window; all are checked against the unit of the counter (unit scope).</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ServeCounterName = "ServePktCounter";
    public const string ViewReportsName = "ViewPktReports";
    public const string ManagePktName = "ManagePkt";

    public static readonly Permission ServeCounter = new(ServeCounterName, "Melayani tamu di loket PKT (konsol loket, catatan kasus)", "Pelayanan Kepegawaian Terpadu");
    public static readonly Permission ViewReports = new(ViewReportsName, "Melihat dan mengekspor laporan PKT", "Pelayanan Kepegawaian Terpadu");
    public static readonly Permission ManagePkt = new(ManagePktName, "Mengatur loket PKT (buka/tutup loket)", "Pelayanan Kepegawaian Terpadu");

    public IEnumerable<Permission> GetPermissions() => [ServeCounter, ViewReports, ManagePkt];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Petugas PKT", PermissionScope.OwnUnit, ServeCounter),
        new("Supervisor PKT", PermissionScope.OwnUnit, ServeCounter, ViewReports, ManagePkt),
    ];
}
