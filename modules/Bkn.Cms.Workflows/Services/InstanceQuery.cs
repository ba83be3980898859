using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Services;

/// <summary>The filtered, newest-first instance list shared by the admin and the API (keyset paging on Id).</summary>
public static class InstanceQuery
{
    public static IQueryable<WorkflowInstanceRecord> Filter(ICmsDbContext db, string? type, WorkflowStatus? status, string? correlationId, long? before)
    {
        var query = db.WorkflowInstances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(type))
        {
            var t = type.Trim();
            query = query.Where(i => i.WorkflowTypeId == t);
        }

        if (status is { } s)
        {
            query = query.Where(i => i.Status == (int)s);
        }

        if (!string.IsNullOrWhiteSpace(correlationId))
        {
            var c = correlationId.Trim();
            query = query.Where(i => i.CorrelationId == c);
        }

        if (before is { } b)
        {
            query = query.Where(i => i.Id < b);
        }

        return query.OrderByDescending(i => i.Id);
    }
}
