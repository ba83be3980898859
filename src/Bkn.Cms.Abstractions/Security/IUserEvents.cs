using Bkn.Cms.Data;

namespace Bkn.Cms.Security;

/// <summary>
/// Tells every <see cref="IUserEventHandler"/> of an enabled feature about an account event. A failing handler is logged
/// and never blocks the sign-in or the save that raised the event.
/// </summary>
public interface IUserEvents
{
    Task CreatedAsync(CmsUser user, CancellationToken cancellationToken);

    Task LoggedInAsync(CmsUser user, CancellationToken cancellationToken);
}
