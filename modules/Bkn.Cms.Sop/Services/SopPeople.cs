using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Services;

/// <summary>A person the registry notifies: user id and e-mail address (may be empty).</summary>
public sealed record SopPerson(string Id, string? Email);

/// <summary>Who the SOP lifecycle and the review rounds notify, read from the roles' grants and the users' units.</summary>
public static class SopPeople
{
    /// <summary>
    /// Active users holding <paramref name="permission"/> for <paramref name="unitId"/> through a role grant: every unit
    /// for an "all units" grant, the user's own unit and its subtree for an "own unit" grant.
    /// </summary>
    public static async Task<List<SopPerson>> HoldersAsync(DbContext db, UnitTreeSnapshot tree, Permission permission, Guid unitId, CancellationToken ct)
    {
        var grants = await db.Set<RolePermissionRecord>().AsNoTracking().Where(g => g.Permission == permission.Name).Select(g => new { g.RoleId, g.Scope }).ToListAsync(ct);
        if (grants.Count == 0)
        {
            return [];
        }

        var roleIds = grants.Select(g => g.RoleId).Distinct().ToList();
        var members = await (from ur in db.Set<IdentityUserRole<string>>().AsNoTracking()
                             join u in db.Set<CmsUser>().AsNoTracking() on ur.UserId equals u.Id
                             where roleIds.Contains(ur.RoleId) && u.IsActive
                             select new { u.Id, u.Email, u.UnitId, ur.RoleId }).ToListAsync(ct);
        var reach = tree.SelfAndAncestors(unitId).ToHashSet();
        return [.. members
            .Where(m => grants.Any(g => g.RoleId == m.RoleId && (g.Scope == PermissionScope.AllUnits || m.UnitId is { } own && reach.Contains(own))))
            .DistinctBy(m => m.Id)
            .Select(m => new SopPerson(m.Id, m.Email))];
    }

    /// <summary>The author of a version: who submitted it last; when nobody did (a registered or imported SOP), the unit's authors.</summary>
    public static async Task<List<SopPerson>> AuthorsAsync(DbContext db, UnitTreeSnapshot tree, SopDocument sop, CancellationToken ct)
    {
        var submitter = db.ChangeTracker.Entries<SopEvent>().Select(e => e.Entity).Where(e => e.SopId == sop.Id && e.To == SopStatus.Diajukan && e.Id == 0).Select(e => e.UserName).LastOrDefault()
            ?? await db.Set<SopEvent>().AsNoTracking().Where(e => e.SopId == sop.Id && e.To == SopStatus.Diajukan).OrderByDescending(e => e.Id).Select(e => e.UserName).FirstOrDefaultAsync(ct);
        if (!string.IsNullOrEmpty(submitter))
        {
            var normalized = submitter.ToUpperInvariant();
            var user = await db.Set<CmsUser>().AsNoTracking().Where(u => u.NormalizedUserName == normalized && u.IsActive).Select(u => new SopPerson(u.Id, u.Email)).FirstOrDefaultAsync(ct);
            if (user is not null)
            {
                return [user];
            }
        }

        return await HoldersAsync(db, tree, Permissions.WriteSop, sop.UnitId, ct);
    }
}
