using System.Globalization;
using Bkn.Cms.AuditTrail.Models;
using Bkn.Cms.Background;
using Bkn.Cms.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.AuditTrail.Services;

/// <summary>Deletes audit events older than the retention setting (default 365 days), in batches.</summary>
public sealed partial class AuditRetentionTask(TimeProvider time, ILogger<AuditRetentionTask> logger) : IBackgroundTask
{
    public const string RetentionDaysKey = "AuditTrail:RetentionDays";
    public const int DefaultRetentionDays = 365;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public static int RetentionDays(ISiteSettings settings) =>
        int.TryParse(settings.Get(RetentionDaysKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : DefaultRetentionDays;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-RetentionDays(services.GetRequiredService<ISiteSettings>()));
        var db = services.GetRequiredService<DbContext>();
        var deleted = await db.Set<AuditEventRecord>().Where(e => e.OccurredUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit retention removed {Count} events")]
    private static partial void LogDeleted(ILogger logger, int count);
}
