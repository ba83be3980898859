namespace Bkn.Cms.Security;

/// <summary>What authorization needs to know about a user, cached per security stamp version.</summary>
public sealed record UserAccess(string UserId, Guid? UnitId, IReadOnlyList<string> RoleIds, bool IsActive);
