namespace Bkn.Cms.Security;

/// <summary>Implemented by a module to declare its permissions. Register it in the feature's startup.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<RoleStereotype> GetDefaultStereotypes() => [];
}
