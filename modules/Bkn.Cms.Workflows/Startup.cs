using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Bkn.Cms.Workflows.Activities;
using Bkn.Cms.Workflows.Handlers;
using Bkn.Cms.Workflows.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<SignalUrls>();
        services.AddScoped<IWorkflowExpressionEvaluator, WorkflowExpressionEvaluator>();
        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<IUserEventHandler, WorkflowUserEventHandler>();
        services.AddSingleton<IBackgroundTask, WorkflowTimerTask>();
        services.AddSingleton<IBackgroundTask, WorkflowTrimTask>();

        services.AddWorkflowActivity<ContentCreatedEvent>();
        services.AddWorkflowActivity<ContentUpdatedEvent>();
        services.AddWorkflowActivity<ContentPublishedEvent>();
        services.AddWorkflowActivity<ContentUnpublishedEvent>();
        services.AddWorkflowActivity<ContentDeletedEvent>();
        services.AddWorkflowActivity<TimerEvent>();
        services.AddWorkflowActivity<SignalEvent>();
        services.AddWorkflowActivity<UserCreatedEvent>();
        services.AddWorkflowActivity<UserLoggedInEvent>();
        services.AddWorkflowActivity<SetPropertyTask>();
        services.AddWorkflowActivity<IfElseTask>();
        services.AddWorkflowActivity<SwitchTask>();
        services.AddWorkflowActivity<ForkTask>();
        services.AddWorkflowActivity<JoinTask>();
        services.AddWorkflowActivity<ForEachTask>();
        services.AddWorkflowActivity<ScriptTask>();
        services.AddWorkflowActivity<LogTask>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
