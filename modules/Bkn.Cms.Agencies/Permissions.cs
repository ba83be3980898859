using Bkn.Cms.Security;

namespace Bkn.Cms.Agencies;

/// <summary>
/// Permissions of the registry and the personnel records. Held by BKN staff for every agency; held by an agency user
/// (a user of an instansi instead of a BKN unit, granted "own unit") for their own agency only.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewAgenciesName = "ViewAgencies";
    public const string ManageAgenciesName = "ManageAgencies";
    public const string ManageAgencyUsersName = "ManageAgencyUsers";
    public const string ManageIntegrationTargetsName = "ManageIntegrationTargets";
    public const string ViewPersonnelName = "ViewPersonnel";
    public const string ViewFullNipName = "ViewFullNip";
    public const string ImportPersonnelName = "ImportPersonnel";

    public const string Category = "Registri Instansi";

    public static readonly Permission ViewAgencies = new(ViewAgenciesName, "Melihat registri instansi dan status integrasi", Category);
    public static readonly Permission ManageAgencies = new(ManageAgenciesName, "Mengelola registri instansi dan status integrasi", Category);
    public static readonly Permission ManageAgencyUsers = new(ManageAgencyUsersName, "Mengelola pengguna instansi", Category);

    /// <summary>The yearly target is one figure for the whole country: global.</summary>
    public static readonly Permission ManageIntegrationTargets = new(ManageIntegrationTargetsName, "Mengatur target integrasi tahunan", Category) { Global = true };

    public static readonly Permission ViewPersonnel = new(ViewPersonnelName, "Melihat data kepegawaian instansi", Category);
    public static readonly Permission ViewFullNip = new(ViewFullNipName, "Melihat NIP lengkap", Category);
    public static readonly Permission ImportPersonnel = new(ImportPersonnelName, "Mengimpor data kepegawaian instansi", Category);

    public IEnumerable<Permission> GetPermissions() =>
        [ViewAgencies, ManageAgencies, ManageAgencyUsers, ManageIntegrationTargets, ViewPersonnel, ViewFullNip, ImportPersonnel];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Pengelola Registri Instansi", PermissionScope.AllUnits, ViewAgencies, ManageAgencies, ManageAgencyUsers, ManageIntegrationTargets, ViewPersonnel, ViewFullNip, ImportPersonnel),
        new("Operator Instansi", PermissionScope.OwnUnit, ViewAgencies, ViewPersonnel, ViewFullNip, ImportPersonnel),
    ];
}
