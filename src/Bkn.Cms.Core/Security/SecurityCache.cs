using System.Collections.Concurrent;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Security;

/// <summary>
/// Role grants (all roles, small) and per-user access (loaded on demand). Any change to users, roles or grants
/// bumps the "security" stamp, which clears both on every node.
/// </summary>
public sealed class SecurityCache(IServiceScopeFactory scopeFactory) : IStampedCache
{
    private volatile RoleGrants _roles = RoleGrants.Empty;
    private ConcurrentDictionary<string, UserAccess?> _users = new(StringComparer.Ordinal);

    public string StampName => StampNames.Security;

    public RoleGrants Roles => _roles;

    public async Task<UserAccess?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var users = _users;
        if (users.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.UnitId, u.IsActive })
            .FirstOrDefaultAsync(cancellationToken);
        UserAccess? access = null;
        if (user is not null)
        {
            var roles = await db.UserRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(cancellationToken);
            access = new UserAccess(user.Id, user.UnitId, roles, user.IsActive);
        }

        if (users.Count > 10_000)
        {
            users.Clear();
        }

        users[userId] = access;
        return access;
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var roles = await db.Set<CmsRole>().AsNoTracking().Select(r => new { r.Id, r.Name, r.IsSystem }).ToListAsync(cancellationToken);
        var grants = await db.Set<RolePermissionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        _roles = new RoleGrants(
            roles.Where(r => r.IsSystem).Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            grants.GroupBy(g => g.RoleId, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, PermissionScope>)g.ToDictionary(x => x.Permission, x => x.Scope, StringComparer.Ordinal),
                StringComparer.Ordinal));
        _users = new ConcurrentDictionary<string, UserAccess?>(StringComparer.Ordinal);
    }
}
