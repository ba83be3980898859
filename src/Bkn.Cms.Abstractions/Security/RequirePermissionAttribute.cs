using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>Requires the named permission (in any unit). Controllers check unit-specific grants themselves.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public const string PolicyPrefix = "perm:";

    public RequirePermissionAttribute(string permissionName)
        : base(PolicyPrefix + permissionName)
    {
        PermissionName = permissionName;
    }

    public string PermissionName { get; }
}
