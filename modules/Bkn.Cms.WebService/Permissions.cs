using Bkn.Cms.Security;

namespace Bkn.Cms.WebService;

/// <summary>Permissions of the web service's admin pages.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageClientsName = "ManageWebServiceClients";
    public const string ViewUsageName = "ViewWebServiceUsage";
    public const string RequestAccessName = "RequestWebServiceAccess";
    public const string ManageOnboardingName = "ManageWebServiceOnboarding";

    public static readonly Permission ManageClients = new(ManageClientsName, "Mengelola klien layanan web", "Layanan Web Kepegawaian");

    public static readonly Permission ViewUsage = new(ViewUsageName, "Melihat penggunaan layanan web", "Layanan Web Kepegawaian");

    /// <summary>An agency user asks for access, reads its new secrets once and asks for production (own agency).</summary>
    public static readonly Permission RequestAccess = new(RequestAccessName, "Mengajukan akses layanan web instansi", "Layanan Web Kepegawaian");

    /// <summary>BKN staff approve or refuse requests and register public IPs (never an agency user, whatever the role says).</summary>
    public static readonly Permission ManageOnboarding = new(ManageOnboardingName, "Memproses pengajuan akses layanan web", "Layanan Web Kepegawaian");

    public IEnumerable<Permission> GetPermissions() => [ManageClients, ViewUsage, RequestAccess, ManageOnboarding];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Pengelola Layanan Web", PermissionScope.AllUnits, ManageClients, ViewUsage, RequestAccess, ManageOnboarding),
        new("Operator Layanan Web Instansi", PermissionScope.OwnUnit, RequestAccess, ViewUsage),
    ];
}
