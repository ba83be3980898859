using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Security;

/// <summary>
/// Tells every <see cref="IUserEventHandler"/> of an enabled feature about an account event. A failing handler is logged
/// and never blocks the sign-in or the save that raised the event.
/// </summary>
public sealed partial class UserEvents(IEnumerable<IUserEventHandler> handlers, IFeatureChecker features, ILogger<UserEvents> logger) : IUserEvents
{
    public Task CreatedAsync(CmsUser user, CancellationToken cancellationToken) =>
        RaiseAsync(user, (h, u) => h.CreatedAsync(u, cancellationToken));

    public Task LoggedInAsync(CmsUser user, CancellationToken cancellationToken) =>
        RaiseAsync(user, (h, u) => h.LoggedInAsync(u, cancellationToken));

    private async Task RaiseAsync(CmsUser user, Func<IUserEventHandler, UserEventContext, Task> raise)
    {
        var context = new UserEventContext(user.Id, user.UserName ?? "", user.UnitId);
        foreach (var handler in handlers)
        {
            if (features.FeatureOf(handler.GetType()) is { } featureId && !features.IsEnabled(featureId))
            {
                continue;
            }

            try
            {
                await raise(handler, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, handler.GetType().Name, user.Id, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "User event handler {Handler} failed for user {UserId}")]
    private static partial void LogFailed(ILogger logger, string handler, string userId, Exception exception);
}
