using Bkn.Cms.Data;
using Bkn.Cms.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Services;

/// <summary>Notifications stored in the Notifications table, one row per recipient.</summary>
public sealed class NotificationCenter(ICmsDbContext db, TimeProvider time) : INotificationCenter
{
    public async Task NotifyAsync(IReadOnlyCollection<string> userIds, string text, string? url, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        text = text.Length > 1000 ? text[..1000] : text;
        url = url is { Length: > 1000 } ? null : url;
        foreach (var userId in userIds.Distinct())
        {
            db.Notifications.Add(new NotificationRecord { UserId = userId, Text = text, Url = url, CreatedUtc = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadUtc == null, cancellationToken);
}
