using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.ViewModels;
using Bkn.Cms.Units;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Services;

/// <summary>The register queries shared by the admin list, the API and the public list.</summary>
public sealed class SopQueries(DbContext db, IUnitTree units, IPermissionService permissions)
{
    public const int PageSize = 50;

    /// <summary>The units where the user may see the register: the union of the three SOP permissions.</summary>
    public async Task<UnitScope> ScopeAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var permission in Permissions.Any)
        {
            var scope = await permissions.GetUnitScopeAsync(user, permission, ct);
            if (scope.AllUnits)
            {
                return UnitScope.All;
            }

            ids.UnionWith(scope.UnitIds);
        }

        return new UnitScope(false, ids);
    }

    public async Task<(IReadOnlyList<SopListRow> Rows, int Total)> ListAsync(UnitScope scope, SopFilter filter, bool publicOnly, int pageSize, CancellationToken ct)
    {
        var tree = await units.GetAsync(ct);
        var query = db.Set<SopDocument>().AsNoTracking();
        if (!scope.AllUnits)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(s => ids.Contains(s.UnitId));
        }

        if (publicOnly)
        {
            query = query.Where(s => s.Status == SopStatus.Berlaku);
        }
        else if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }
        else
        {
            // By default the register shows the current version of each SOP, not those replaced by a revision.
            query = query.Where(s => s.Status != SopStatus.Diganti);
        }

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var unit = tree.DepthFirst().FirstOrDefault(u => string.Equals(u.Code, filter.Unit.Trim(), StringComparison.OrdinalIgnoreCase) || u.Id.ToString() == filter.Unit.Trim());
            var id = unit?.Id ?? Guid.Empty;
            query = query.Where(s => s.UnitId == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(s => s.SearchText.Contains(text));
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderBy(s => s.Nomor).ThenBy(s => s.Version)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new { s.Id, s.Nomor, s.Nama, s.UnitId, s.Status, s.Version, s.ActivityCount, s.UpdatedUtc })
            .ToListAsync(ct);
        return (rows.Select(r => new SopListRow(r.Id, r.Nomor, r.Nama, tree.Find(r.UnitId)?.Name ?? "", r.Status, r.Version, r.ActivityCount, r.UpdatedUtc)).ToList(), total);
    }
}
