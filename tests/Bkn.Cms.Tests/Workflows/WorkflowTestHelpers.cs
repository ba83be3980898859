using System.Text;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Workflows;

/// <summary>Shortcuts for workflow tests: run a WorkflowType recipe, trigger events, read instances.</summary>
internal static class WorkflowTestHelpers
{
    public static async Task ApplyTypesAsync(this CmsFactory factory, params JsonObject[] types)
    {
        var recipe = new JsonObject
        {
            ["name"] = "uji-alur-kerja",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["types"] = new JsonArray([.. types]) }),
        };
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(recipe.ToJsonString())), CancellationToken.None);
    }

    /// <summary>
    /// Removes the due timers of the workflow types the setup recipe ships (e.g. the helpdesk SLA sweep, a cron every
    /// minute), so that a test counting processed timers counts only its own ("uji-…") types.
    /// </summary>
    public static async Task RemoveShippedTimersAsync(this CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.WorkflowBlockingActivities.Where(b => b.DueUtc != null && !b.WorkflowTypeId.StartsWith("uji-")).ExecuteDeleteAsync();
    }

    public static async Task<IReadOnlyList<WorkflowRunResult>> TriggerAsync(this CmsFactory factory, string name, JsonObject? input, string? correlationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowManager>().TriggerEventAsync(name, input, correlationId);
    }

    public static async Task<WorkflowInstanceRecord> InstanceAsync(this CmsFactory factory, string instanceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.InstanceId == instanceId);
    }

    public static async Task<List<WorkflowInstanceRecord>> InstancesAsync(this CmsFactory factory, string workflowTypeId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().WorkflowInstances.AsNoTracking().Where(i => i.WorkflowTypeId == workflowTypeId).OrderBy(i => i.Id).ToListAsync();
    }

    public static JsonObject Type(string id, JsonArray activities, JsonArray transitions, bool singleton = false) => new()
    {
        ["workflowTypeId"] = id,
        ["name"] = "Uji " + id,
        ["isEnabled"] = true,
        ["singletonPerCorrelation"] = singleton,
        ["activities"] = activities,
        ["transitions"] = transitions,
    };

    public static JsonObject Activity(string id, string name, JsonObject? properties = null, bool start = false) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["isStart"] = start,
        ["properties"] = properties ?? [],
    };

    public static JsonObject Transition(string source, string destination, string outcome = "Done") => new()
    {
        ["source"] = source,
        ["outcome"] = outcome,
        ["destination"] = destination,
    };

    /// <summary>A new, unsaved "Halaman" with its title (from <see cref="IContentManager.New"/>, so under a generated id).</summary>
    public static ContentItem NewPage(this IContentManager content, string title)
    {
        var item = content.New("Halaman");
        item.DisplayText = title;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        return item;
    }

    public static JsonObject State(this WorkflowInstanceRecord instance) => JsonNode.Parse(instance.State)!.AsObject();
}
