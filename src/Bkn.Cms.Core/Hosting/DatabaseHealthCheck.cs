using Bkn.Cms.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bkn.Cms.Hosting;

/// <summary>Healthy when the database answers a query.</summary>
public sealed class DatabaseHealthCheck(CmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(db.Provider.ToString())
                : HealthCheckResult.Unhealthy("Database tidak dapat dijangkau.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database tidak dapat dijangkau.", ex);
        }
    }
}
