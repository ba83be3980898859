using Bkn.Cms.Security;

namespace Bkn.Cms.WebService;

/// <summary>Permissions of the web service's admin pages.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageClientsName = "ManageWebServiceClients";
    public const string ViewUsageName = "ViewWebServiceUsage";

    public static readonly Permission ManageClients = new(ManageClientsName, "Mengelola klien layanan web", "Layanan Web Kepegawaian");

    public static readonly Permission ViewUsage = new(ViewUsageName, "Melihat penggunaan layanan web", "Layanan Web Kepegawaian");

    public IEnumerable<Permission> GetPermissions() => [ManageClients, ViewUsage];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Pengelola Layanan Web", PermissionScope.AllUnits, ManageClients, ViewUsage),
    ];
}
