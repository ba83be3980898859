namespace Bkn.Cms.Audit;

/// <summary>Where audit events go (a module's table, a SIEM …). Sinks of disabled features receive nothing.</summary>
public interface IAuditSink
{
    Task WriteAsync(AuditEvent auditEvent, DateTime occurredUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the event to the request's unit of work without saving it, for a caller that saves right after (see
    /// <see cref="IAuditTrail.StageAsync"/>). A sink that does not write to the request's database writes at once.
    /// </summary>
    Task StageAsync(AuditEvent auditEvent, DateTime occurredUtc, CancellationToken cancellationToken) => WriteAsync(auditEvent, occurredUtc, cancellationToken);
}
