namespace Bkn.Cms.Security;

/// <summary>A default grant a module suggests for a role name; the setup recipe applies it.</summary>
public sealed record RoleStereotype(string RoleName, PermissionScope Scope, params Permission[] Permissions);
