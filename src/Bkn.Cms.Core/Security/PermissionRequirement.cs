using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>Authorization requirement behind <see cref="RequirePermissionAttribute"/>.</summary>
public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;
