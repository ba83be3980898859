namespace Bkn.Cms.Notifications;

/// <summary>In-app notifications shown in the admin bar (implemented by the Workflows module).</summary>
public interface INotificationCenter
{
    /// <summary>Stores one notification per user in the caller's unit of work.</summary>
    Task NotifyAsync(IReadOnlyCollection<string> userIds, string text, string? url, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken);
}
