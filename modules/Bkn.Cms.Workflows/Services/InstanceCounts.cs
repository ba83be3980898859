using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Services;

/// <summary>Instance counts per type and status (one grouped query).</summary>
public static class InstanceCounts
{
    public static async Task<Dictionary<string, Dictionary<WorkflowStatus, int>>> ByTypeAsync(ICmsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.WorkflowInstances.AsNoTracking()
            .GroupBy(i => new { i.WorkflowTypeId, i.Status })
            .Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.WorkflowTypeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => (WorkflowStatus)r.Status, r => r.Count), StringComparer.Ordinal);
    }
}
