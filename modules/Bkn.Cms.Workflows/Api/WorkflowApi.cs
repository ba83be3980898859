using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Bkn.Cms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Api;

/// <summary>
/// The workflow API (bearer token): types (list, read, create or new version), instances (filtered list) and signals.
/// </summary>
public static class WorkflowApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflows");
        var view = new RequirePermissionAttribute(Permissions.ViewWorkflowsName);
        api.MapGet("types", ListTypesAsync).RequireAuthorization(view);
        api.MapGet("types/{id}", GetTypeAsync).RequireAuthorization(view);
        api.MapPost("types", SaveTypeAsync).RequireAuthorization(new RequirePermissionAttribute(Permissions.ManageWorkflowsName));
        api.MapGet("instances", ListInstancesAsync).RequireAuthorization(view);
        api.MapPost("signal", SignalAsync).RequireAuthorization(new RequirePermissionAttribute(Permissions.SignalWorkflowsName));
    }

    private static async Task<IResult> ListTypesAsync(IWorkflowTypeStore store, ICmsDbContext db, CancellationToken ct)
    {
        var types = await store.ListLatestAsync(ct);
        var counts = await InstanceCounts.ByTypeAsync(db, ct);
        return Results.Ok(types.Select(t => new
        {
            workflowTypeId = t.WorkflowTypeId,
            name = t.Name,
            version = t.Version,
            isEnabled = t.IsEnabled,
            instances = counts.GetValueOrDefault(t.WorkflowTypeId)?.ToDictionary(c => c.Key.ToString(), c => c.Value) ?? [],
        }));
    }

    private static async Task<IResult> GetTypeAsync(string id, int? version, IWorkflowTypeStore store, CancellationToken ct) =>
        await store.GetAsync(id, version, ct) is { } definition
            ? Results.Text(definition.ToJson(), "application/json")
            : Results.Problem(title: "Alur kerja tidak ditemukan.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> SaveTypeAsync(HttpRequest request, IWorkflowTypeStore store, CancellationToken ct)
    {
        WorkflowTypeDefinition? definition;
        try
        {
            definition = await JsonSerializer.DeserializeAsync<WorkflowTypeDefinition>(request.Body, WorkflowTypeDefinition.JsonOptions, ct);
        }
        catch (JsonException ex)
        {
            return Invalid([$"JSON tidak sah: {ex.Message}"]);
        }

        if (definition is null)
        {
            return Invalid(["Definisi alur kerja kosong."]);
        }

        try
        {
            var saved = await store.SaveAsync(definition, ct);
            return Results.Ok(new { workflowTypeId = saved.WorkflowTypeId, version = saved.Version, isEnabled = saved.IsEnabled });
        }
        catch (WorkflowException ex)
        {
            return Invalid(ex.Errors.Count > 0 ? ex.Errors : [ex.Message]);
        }
    }

    private static async Task<IResult> ListInstancesAsync(string? type, string? status, string? correlationId, long? before, int? pageSize, ICmsDbContext db, CancellationToken ct)
    {
        WorkflowStatus? parsed = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var s))
            {
                return Invalid([$"Status '{status}' tidak dikenal: Idle, Running, Halted, Finished, Faulted atau Cancelled."], "status");
            }

            parsed = s;
        }

        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var rows = await InstanceQuery.Filter(db, type, parsed, correlationId, before).Take(size + 1).ToListAsync(ct);
        var next = rows.Count > size ? rows[size - 1].Id : (long?)null;
        return Results.Ok(new
        {
            items = rows.Take(size).Select(i => new
            {
                instanceId = i.InstanceId,
                workflowTypeId = i.WorkflowTypeId,
                version = i.Version,
                status = ((WorkflowStatus)i.Status).ToString(),
                correlationId = i.CorrelationId,
                createdUtc = i.CreatedUtc,
                modifiedUtc = i.ModifiedUtc,
                fault = i.FaultMessage,
            }),
            next,
        });
    }

    private static async Task<IResult> SignalAsync(JsonObject body, IWorkflowManager workflows, CancellationToken ct)
    {
        var name = body["name"]?.GetValueKind() == JsonValueKind.String ? body["name"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return Invalid(["\"name\" (nama sinyal) wajib diisi."], "name");
        }

        var correlationId = body["correlationId"]?.GetValueKind() == JsonValueKind.String ? body["correlationId"]!.GetValue<string>() : null;
        var input = body["input"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        input["signal"] = name;
        var results = await workflows.TriggerEventAsync(WorkflowEventNames.Signal, input, correlationId, ct);
        return Results.Ok(new { instances = results.Select(r => new { instanceId = r.InstanceId, workflowTypeId = r.WorkflowTypeId, version = r.Version, status = r.Status.ToString() }) });
    }

    private static IResult Invalid(IReadOnlyList<string> errors, string key = "definition") =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [key] = [.. errors] }, title: "Data alur kerja tidak sah.");
}
