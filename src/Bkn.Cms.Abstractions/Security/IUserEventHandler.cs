namespace Bkn.Cms.Security;

/// <summary>
/// Reacts to account events raised by the Users module (and the users recipe step) without referencing it,
/// e.g. the workflow events "user created" and "user logged in". Defaults do nothing; a throw is logged, not shown.
/// </summary>
public interface IUserEventHandler
{
    Task CreatedAsync(UserEventContext user, CancellationToken cancellationToken) => Task.CompletedTask;

    Task LoggedInAsync(UserEventContext user, CancellationToken cancellationToken) => Task.CompletedTask;
}
