namespace Bkn.Cms.Security;

/// <summary>
/// A provider whose permissions follow run-time data, such as one set per securable content type. The permission
/// service asks <see cref="IPermissionProvider.GetPermissions"/> again whenever it lists permissions and
/// <see cref="Find"/> for a name no static provider declares; both must be cheap.
/// </summary>
public interface IDynamicPermissionProvider : IPermissionProvider
{
    Permission? Find(string name);
}
