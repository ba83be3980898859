using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Handlers;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Locking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Publishes and unpublishes items whose scheduled time has come. The schedule lives in the database, so a
/// restart loses nothing; after downtime each overdue item is handled once.
/// </summary>
public sealed partial class ScheduledPublishingTask(TimeProvider time, ILogger<ScheduledPublishingTask> logger) : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromSeconds(10);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var handle = await services.GetRequiredService<IDistributedLock>().TryAcquireAsync("scheduled-publishing", TimeSpan.FromMinutes(2), cancellationToken);
        if (handle is null)
        {
            return;
        }

        var db = services.GetRequiredService<DbContext>();
        var content = services.GetRequiredService<IContentManager>();
        var access = services.GetRequiredService<ContentAccess>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<ScheduledContentEntry>().AsNoTracking()
            .Where(e => e.DueUtc <= now).OrderBy(e => e.DueUtc).Take(100).ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            try
            {
                if (!await SchedulerMayPublishAsync(content, access, entry, cancellationToken))
                {
                    // Set by someone who has since lost the right, or never had it: the publishing act is not theirs to make.
                    LogRefused(logger, entry.Action, entry.ContentItemId);
                }
                else if (entry.Action == ScheduledContentEntry.Publish)
                {
                    await content.PublishAsync(entry.ContentItemId, cancellationToken);
                }
                else
                {
                    await content.UnpublishAsync(entry.ContentItemId, cancellationToken);
                }

                LogDone(logger, entry.Action, entry.ContentItemId);
            }
            catch (ContentValidationException)
            {
                // E.g. the path is now taken: drop this firing (the editor sees the item still as a draft) instead of retrying forever.
                LogFailed(logger, entry.Action, entry.ContentItemId);
            }

            await db.Set<ScheduledContentEntry>().Where(e => e.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static async Task<bool> SchedulerMayPublishAsync(IContentManager content, ContentAccess access, ScheduledContentEntry entry, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(entry.ContentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return false;
        }

        var scheduledBy = entry.Action == ScheduledContentEntry.Publish ? item.As<PublishLaterPart>()?.ScheduledBy : item.As<UnpublishLaterPart>()?.ScheduledBy;
        return await ScheduleHandler.SchedulerMayPublishAsync(scheduledBy, item, access, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled {Action} of content {ContentItemId} dropped: whoever set it may not publish the item")]
    private static partial void LogRefused(ILogger logger, string action, string contentItemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Action} of content {ContentItemId} done")]
    private static partial void LogDone(ILogger logger, string action, string contentItemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled {Action} of content {ContentItemId} refused by validation; schedule dropped")]
    private static partial void LogFailed(ILogger logger, string action, string contentItemId);
}
