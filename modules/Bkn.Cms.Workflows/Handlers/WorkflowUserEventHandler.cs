using System.Text.Json.Nodes;
using Bkn.Cms.Security;

namespace Bkn.Cms.Workflows.Handlers;

/// <summary>Raises "user created" and "user logged in" with the user id as correlation id.</summary>
public sealed class WorkflowUserEventHandler(IWorkflowManager workflows) : IUserEventHandler
{
    public Task CreatedAsync(UserEventContext user, CancellationToken cancellationToken) =>
        workflows.TriggerEventAsync(WorkflowEventNames.UserCreated, Input(user), user.UserId, cancellationToken);

    public Task LoggedInAsync(UserEventContext user, CancellationToken cancellationToken) =>
        workflows.TriggerEventAsync(WorkflowEventNames.UserLoggedIn, Input(user), user.UserId, cancellationToken);

    private static JsonObject Input(UserEventContext user) => new()
    {
        ["userId"] = user.UserId,
        ["userName"] = user.UserName,
        ["unitId"] = user.UnitId?.ToString(),
    };
}
