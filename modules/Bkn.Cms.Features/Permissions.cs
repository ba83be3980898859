using Bkn.Cms.Security;

namespace Bkn.Cms.Features;

/// <summary>Permissions of the features module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageFeaturesName = "ManageFeatures";

    // Switches features for the whole platform (per-unit switches are "Kelola fitur unit").
    public static readonly Permission ManageFeatures = new(ManageFeaturesName, "Kelola fitur platform", "Konfigurasi") { Global = true };

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];
}
