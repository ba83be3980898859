using Bkn.Cms.Audit;
using Bkn.Cms.AuditTrail.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.AuditTrail.Services;

/// <summary>Stores events in the AuditEvents table through the request's DbContext (so inside its transaction, if any).</summary>
public sealed class DatabaseAuditSink(DbContext db) : IAuditSink
{
    public async Task WriteAsync(AuditEvent auditEvent, DateTime occurredUtc, CancellationToken cancellationToken)
    {
        await StageAsync(auditEvent, occurredUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StageAsync(AuditEvent auditEvent, DateTime occurredUtc, CancellationToken cancellationToken)
    {
        db.Set<AuditEventRecord>().Add(new AuditEventRecord
        {
            OccurredUtc = occurredUtc,
            Category = auditEvent.Category,
            Name = auditEvent.Name,
            Summary = auditEvent.Summary.Length > 1000 ? auditEvent.Summary[..1000] : auditEvent.Summary,
            UserId = auditEvent.UserId,
            UserName = auditEvent.UserName,
            UnitId = auditEvent.UnitId,
            ContentItemId = auditEvent.ContentItemId,
            ContentType = auditEvent.ContentType,
            PreviousVersionId = auditEvent.PreviousVersionId,
            VersionId = auditEvent.VersionId,
        });
        return Task.CompletedTask;
    }
}
