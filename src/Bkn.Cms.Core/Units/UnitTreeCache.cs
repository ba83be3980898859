using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Units;

/// <summary>The node's copy of the unit tree; reloaded when the "units" stamp moves.</summary>
public sealed class UnitTreeCache : IUnitTree, IStampedCache
{
    private volatile UnitTreeSnapshot _current = new([]);

    public string StampName => StampNames.Units;

    public UnitTreeSnapshot Current => _current;

    public Task<UnitTreeSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(_current);

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<UnitRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var parents = rows.ToDictionary(r => r.Id, r => r.ParentId);
        int DepthOf(Guid id)
        {
            var depth = 0;
            var current = parents.GetValueOrDefault(id);
            while (current is { } p && depth < 64)
            {
                depth++;
                current = parents.GetValueOrDefault(p);
            }

            return depth;
        }

        _current = new UnitTreeSnapshot(rows.Select(r => new UnitInfo(r.Id, r.ParentId, r.Code, r.Name, r.Kind, DepthOf(r.Id))));
    }
}
