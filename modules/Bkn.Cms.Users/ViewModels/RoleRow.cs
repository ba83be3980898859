namespace Bkn.Cms.Users.ViewModels;

public sealed record RoleRow(string Id, string Name, string Description, bool IsSystem, int UserCount, int PermissionCount);
