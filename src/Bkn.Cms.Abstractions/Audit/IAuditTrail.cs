namespace Bkn.Cms.Audit;

/// <summary>
/// Records audit events. Who acted is taken from the current request when the event does not say. Inside a
/// content or recipe transaction the record is written in that transaction, so it exists exactly when the change does.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
