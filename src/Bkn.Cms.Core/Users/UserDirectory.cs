using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Users;

/// <summary>Reads users straight from the identity tables (no tracking) for pickers and lists.</summary>
public sealed class UserDirectory(CmsDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserSummary>> SearchAsync(string? text, int max, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().Where(u => u.IsActive);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var needle = text.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(needle) || u.DisplayName.ToUpper().Contains(needle));
        }

        return await users.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Take(Math.Clamp(max, 1, 500))
            .Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.UnitId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.UnitId)).ToListAsync(cancellationToken);
    }
}
