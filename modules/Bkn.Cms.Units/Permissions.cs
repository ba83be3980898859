using Bkn.Cms.Security;

namespace Bkn.Cms.Units;

/// <summary>Permissions of the units module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageUnitsName = "ManageUnits";
    public const string ManageUnitFeaturesName = "ManageUnitFeatures";

    public static readonly Permission ManageUnits = new(ManageUnitsName, "Kelola unit kerja", "Konfigurasi");
    public static readonly Permission ManageUnitFeatures = new(ManageUnitFeaturesName, "Kelola fitur unit", "Konfigurasi");

    public IEnumerable<Permission> GetPermissions() => [ManageUnits, ManageUnitFeatures];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() => [new("Admin Modul Unit", PermissionScope.OwnUnit, ManageUnitFeatures)];
}
