using System.Security.Claims;
using Bkn.Cms.Features;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Audit;

/// <summary>Fills in who acted (from the request) and hands the event to every active sink.</summary>
public sealed class AuditTrail(IEnumerable<IAuditSink> sinks, IFeatureChecker features, IHttpContextAccessor httpContext, PermissionService permissions, TimeProvider time) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => WriteAsync(auditEvent, stage: false, cancellationToken);

    public Task StageAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => WriteAsync(auditEvent, stage: true, cancellationToken);

    private async Task WriteAsync(AuditEvent auditEvent, bool stage, CancellationToken cancellationToken)
    {
        var active = sinks.Where(s => features.FeatureOf(s.GetType()) is not { } id || features.IsEnabled(id)).ToList();
        if (active.Count == 0)
        {
            return;
        }

        var user = httpContext.HttpContext?.User;
        if (auditEvent.UserId is null && user?.Identity?.IsAuthenticated == true)
        {
            var access = await permissions.GetAccessAsync(user, cancellationToken);
            auditEvent = auditEvent with
            {
                UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
                UserName = auditEvent.UserName ?? user.Identity.Name,
                UnitId = auditEvent.UnitId ?? access?.UnitId,
            };
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var sink in active)
        {
            await (stage ? sink.StageAsync(auditEvent, now, cancellationToken) : sink.WriteAsync(auditEvent, now, cancellationToken));
        }
    }
}
