using Bkn.Cms.Units;

namespace Bkn.Cms.Users.ViewModels;

public sealed record UserListViewModel(
    IReadOnlyList<UserRow> Users,
    string? Query,
    Guid? UnitId,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<UnitInfo> Units);
