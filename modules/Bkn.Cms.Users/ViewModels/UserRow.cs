namespace Bkn.Cms.Users.ViewModels;

public sealed record UserRow(string Id, string UserName, string DisplayName, string? UnitName, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, bool CanManage);
