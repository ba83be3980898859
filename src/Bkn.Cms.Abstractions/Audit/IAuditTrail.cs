namespace Bkn.Cms.Audit;

/// <summary>
/// Records audit events. Who acted is taken from the current request when the event does not say. Inside a
/// content or recipe transaction the record is written in that transaction, so it exists exactly when the change does.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the event into the request's DbContext without saving it: for callers that save it right after in the same
    /// transaction, such as content handlers (the content store saves after its handlers), so the row rides along with
    /// the next save instead of costing a round trip of its own. Unsaved, it is lost with the unit of work.
    /// </summary>
    Task StageAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
