namespace Bkn.Cms.Audit;

/// <summary>Where audit events go (a module's table, a SIEM …). Sinks of disabled features receive nothing.</summary>
public interface IAuditSink
{
    Task WriteAsync(AuditEvent auditEvent, DateTime occurredUtc, CancellationToken cancellationToken);
}
