using Bkn.Cms.Security;

namespace Bkn.Cms.Features;

/// <summary>Permissions of the features module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageFeaturesName = "ManageFeatures";

    public static readonly Permission ManageFeatures = new(ManageFeaturesName, "Kelola fitur platform", "Konfigurasi");

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];
}
