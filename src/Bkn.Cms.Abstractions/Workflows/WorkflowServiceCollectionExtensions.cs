using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

/// <summary>Registration of workflow activities from a module startup.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>Adds an event or task; it belongs to the feature of the startup that registers it.</summary>
    public static IServiceCollection AddWorkflowActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity
    {
        services.AddScoped<IActivity, TActivity>();
        return services;
    }
}
