using System.Security.Claims;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>Which counters a user may work with: those whose unit is in the user's scope for the permission.</summary>
public sealed class PktAccess(DbContext db, IPermissionService permissions)
{
    public async Task<List<PktCounter>> CountersAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(user, permission, cancellationToken);
        if (scope.IsEmpty)
        {
            return [];
        }

        var counters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(cancellationToken);
        return counters.Where(c => scope.AllUnits || scope.Contains(c.UnitId)).ToList();
    }
}
