using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Bkn.Cms.Workflows.Services;
using Bkn.Cms.Workflows.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Workflows.Controllers;

/// <summary>Admin "Alur Kerja": types with instance counts, the designer, import/export, instances, retry and cancel.</summary>
[RequirePermission(Permissions.ViewWorkflowsName)]
[Route("admin/alur-kerja")]
public sealed class WorkflowsController(
    ICmsDbContext db,
    IWorkflowTypeStore store,
    IWorkflowActivityLibrary library,
    IWorkflowManager manager,
    IPermissionService permissions,
    ISiteSettings settings,
    IStringLocalizer t) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var types = await store.ListLatestAsync(cancellationToken);
        var counts = await InstanceCounts.ByTypeAsync(db, cancellationToken);
        var rows = types.Select(type => new WorkflowTypeRow(
            type,
            counts.GetValueOrDefault(type.WorkflowTypeId) ?? [],
            [.. WorkflowTypeDefinition.FromJson(type.Definition).Activities.Where(a => a.IsStart).Select(a => Describe(a.Name).Text)])).ToList();
        return View(new WorkflowTypeListViewModel(rows, await CanManageAsync(cancellationToken), WorkflowTrimTask.TrimAfterDays(settings)));
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Designer", await FillAsync(new DesignerViewModel { IsNew = true }, [], cancellationToken));

    [HttpGet("{id}")]
    public async Task<IActionResult> Designer(string id, int? versi, CancellationToken cancellationToken)
    {
        var definition = await store.GetAsync(id, versi, cancellationToken);
        if (definition is null)
        {
            return NotFound();
        }

        var model = ToForm(definition);
        model.ReadOnly = versi is not null;
        return View("Designer", await FillAsync(model, [], cancellationToken));
    }

    [HttpPost("baru")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public Task<IActionResult> CreatePost(DesignerViewModel model, CancellationToken cancellationToken) => EditAsync(model, isNew: true, cancellationToken);

    [HttpPost("{id}")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public Task<IActionResult> DesignerPost(string id, DesignerViewModel model, CancellationToken cancellationToken)
    {
        model.WorkflowTypeId = id;
        return EditAsync(model, isNew: false, cancellationToken);
    }

    [HttpPost("{id}/aktifkan")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    [HttpPost("{id}/nonaktifkan")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    [HttpGet("{id}/ekspor")]
    public async Task<IActionResult> Export(string id, int? versi, CancellationToken cancellationToken)
    {
        var definition = await store.GetAsync(id, versi, cancellationToken);
        return definition is null ? NotFound() : File(Encoding.UTF8.GetBytes(definition.ToJson()), "application/json", $"alur-kerja-{id}-v{definition.Version}.json");
    }

    [HttpGet("impor")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public IActionResult Import() => View(model: "");

    [HttpPost("impor")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public async Task<IActionResult> Import(string? json, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > 1024 * 1024)
            {
                ModelState.AddModelError("", t["Berkas terlalu besar (paling besar 1 MB)."]);
                return View(model: json ?? "");
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        try
        {
            var definition = WorkflowTypeDefinition.FromJson(json ?? "");
            var saved = await store.SaveAsync(definition, cancellationToken);
            TempData["Success"] = t["Alur kerja {0} diimpor (versi {1}).", saved.Name, saved.Version].Value;
            return Redirect($"/admin/alur-kerja/{saved.WorkflowTypeId}");
        }
        catch (JsonException ex)
        {
            ModelState.AddModelError("", t["JSON tidak sah: {0}", ex.Message]);
        }
        catch (WorkflowException ex)
        {
            foreach (var error in ex.Errors.Count > 0 ? ex.Errors : [ex.Message])
            {
                ModelState.AddModelError("", error);
            }
        }

        return View(model: json ?? "");
    }

    [HttpGet("instans")]
    public async Task<IActionResult> Instances(string? type, string? status, string? correlationId, long? before, CancellationToken cancellationToken)
    {
        WorkflowStatus? parsed = Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var s) ? s : null;
        var rows = await InstanceQuery.Filter(db, type, parsed, correlationId, before).Take(PageSize + 1).ToListAsync(cancellationToken);
        long? next = null;
        if (rows.Count > PageSize)
        {
            rows.RemoveAt(PageSize);
            next = rows[^1].Id;
        }

        return View(new InstanceListViewModel(rows, type, parsed, correlationId, next, await store.ListLatestAsync(cancellationToken)));
    }

    [HttpGet("instans/{instanceId}")]
    public async Task<IActionResult> Instance(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.InstanceId == instanceId, cancellationToken);
        if (instance is null)
        {
            return NotFound();
        }

        var row = await db.WorkflowTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == instance.TypeVersionId, cancellationToken);
        var definition = row is null ? null : WorkflowTypeDefinition.FromJson(row.Definition);
        var blocking = await db.WorkflowBlockingActivities.AsNoTracking().Where(b => b.InstanceRowId == instance.Id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var state = WorkflowInstanceState.Parse(instance.State);
        var diagram = definition is null
            ? ""
            : WorkflowDiagram.Render(definition, Describe, blocking.Select(b => b.ActivityId).ToHashSet(StringComparer.Ordinal), instance.Status == (int)WorkflowStatus.Faulted ? state.FaultedActivityId : null);
        return View(new InstanceViewModel(instance, definition, WorkflowJson.ParseJournal(instance.Journal), blocking, state, await CanManageAsync(cancellationToken), diagram));
    }

    [HttpPost("instans/{instanceId}/ulangi")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public async Task<IActionResult> Retry(string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await manager.RetryAsync(instanceId, cancellationToken);
            TempData[result.Status == WorkflowStatus.Faulted ? "Error" : "Success"] = result.Status == WorkflowStatus.Faulted
                ? t["Instans gagal lagi; lihat jurnal."].Value
                : t["Instans diulang dan sekarang berstatus {0}.", t[StatusText(result.Status)]].Value;
        }
        catch (WorkflowException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return Redirect($"/admin/alur-kerja/instans/{instanceId}");
    }

    [HttpPost("instans/{instanceId}/batalkan")]
    [RequirePermission(Permissions.ManageWorkflowsName)]
    public async Task<IActionResult> Cancel(string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await manager.CancelAsync(instanceId, cancellationToken);
            TempData["Success"] = t["Instans dibatalkan."].Value;
        }
        catch (WorkflowException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return Redirect($"/admin/alur-kerja/instans/{instanceId}");
    }

    /// <summary>Indonesian label of a status (a localisation key).</summary>
    public static string StatusText(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Idle => "Diam",
        WorkflowStatus.Running => "Berjalan",
        WorkflowStatus.Halted => "Menunggu",
        WorkflowStatus.Finished => "Selesai",
        WorkflowStatus.Faulted => "Gagal",
        _ => "Dibatalkan",
    };

    private async Task<IActionResult> EditAsync(DesignerViewModel model, bool isNew, CancellationToken cancellationToken)
    {
        model.IsNew = isNew;
        model.Activities ??= [];
        model.Transitions ??= [];
        var command = model.Command ?? "";
        if (command == "tambah-aktivitas")
        {
            if (library.Get(model.NewActivity ?? "") is { } activity)
            {
                var number = 1;
                while (model.Activities.Any(a => a.Id == "a" + number))
                {
                    number++;
                }

                model.Activities.Add(new ActivityForm { Id = "a" + number, Name = activity.Name, IsStart = activity.IsEvent && !model.Activities.Any(a => a.IsStart) });
            }

            return View("Designer", await FillAsync(model, [], cancellationToken));
        }

        if (command.StartsWith("hapus-aktivitas:", StringComparison.Ordinal) && int.TryParse(command["hapus-aktivitas:".Length..], out var removeActivity) && removeActivity >= 0 && removeActivity < model.Activities.Count)
        {
            var removed = model.Activities[removeActivity].Id;
            model.Activities.RemoveAt(removeActivity);
            model.Transitions.RemoveAll(tr => tr.Source == removed || tr.Destination == removed);
            return View("Designer", await FillAsync(model, [], cancellationToken));
        }

        if (command == "tambah-transisi")
        {
            model.Transitions.Add(new TransitionForm { Outcome = WorkflowOutcomes.Done });
            return View("Designer", await FillAsync(model, [], cancellationToken));
        }

        if (command.StartsWith("hapus-transisi:", StringComparison.Ordinal) && int.TryParse(command["hapus-transisi:".Length..], out var removeTransition) && removeTransition >= 0 && removeTransition < model.Transitions.Count)
        {
            model.Transitions.RemoveAt(removeTransition);
            return View("Designer", await FillAsync(model, [], cancellationToken));
        }

        if (!isNew && await store.GetAsync(model.WorkflowTypeId, cancellationToken: cancellationToken) is null)
        {
            return NotFound();
        }

        if (isNew && await store.GetAsync(model.WorkflowTypeId ?? "", cancellationToken: cancellationToken) is not null)
        {
            return View("Designer", await FillAsync(model, [t["ID alur kerja '{0}' sudah dipakai.", model.WorkflowTypeId ?? ""]], cancellationToken));
        }

        try
        {
            var saved = await store.SaveAsync(ToDefinition(model), cancellationToken);
            TempData["Success"] = t["Alur kerja {0} disimpan sebagai versi {1}.", saved.Name, saved.Version].Value;
            return Redirect($"/admin/alur-kerja/{saved.WorkflowTypeId}");
        }
        catch (WorkflowException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Designer", await FillAsync(model, ex.Errors.Count > 0 ? ex.Errors : [ex.Message], cancellationToken));
        }
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetEnabledAsync(id, enabled, cancellationToken);
            TempData["Success"] = enabled ? t["Alur kerja diaktifkan."].Value : t["Alur kerja dinonaktifkan: tidak ada instans baru yang dimulai."].Value;
        }
        catch (WorkflowException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<DesignerViewModel> FillAsync(DesignerViewModel model, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        model.Library = [.. library.All.OrderBy(a => a.IsEvent ? 0 : 1).ThenBy(a => t[a.Category].Value).ThenBy(a => t[a.DisplayText].Value)];
        model.Errors = errors;
        model.CanManage = await CanManageAsync(cancellationToken);
        if (!model.IsNew)
        {
            model.Versions = [.. (await store.ListVersionsAsync(model.WorkflowTypeId, cancellationToken)).Select(v => (v.Version, v.CreatedUtc))];
        }

        model.Diagram = WorkflowDiagram.Render(ToDefinition(model), Describe);
        return model;
    }

    private (string Text, bool IsEvent) Describe(string name) =>
        library.Get(name) is { } activity ? (t[activity.DisplayText].Value, activity.IsEvent) : (name + " (?)", false);

    private async Task<bool> CanManageAsync(CancellationToken cancellationToken) =>
        await permissions.HasPermissionAsync(User, Permissions.ManageWorkflows, cancellationToken: cancellationToken);

    private static DesignerViewModel ToForm(WorkflowTypeDefinition definition) => new()
    {
        WorkflowTypeId = definition.WorkflowTypeId,
        Name = definition.Name,
        IsEnabled = definition.IsEnabled,
        SingletonPerCorrelation = definition.SingletonPerCorrelation,
        KeepFinishedInstances = definition.KeepFinishedInstances,
        Version = definition.Version,
        Activities = [.. definition.Activities.Select(a => new ActivityForm
        {
            Id = a.Id,
            Name = a.Name,
            IsStart = a.IsStart,
            Title = a.Title,
            X = a.X,
            Y = a.Y,
            Props = a.Properties.ToDictionary(p => p.Key, p => p.Value switch
            {
                JsonArray list => string.Join(", ", list.Select(i => i?.ToString())),
                null => null,
                _ => p.Value.ToString(),
            }),
        })],
        Transitions = [.. definition.Transitions.Select(tr => new TransitionForm { Source = tr.Source, Outcome = tr.Outcome, Destination = tr.Destination })],
    };

    private WorkflowTypeDefinition ToDefinition(DesignerViewModel model) => new()
    {
        WorkflowTypeId = model.WorkflowTypeId?.Trim() ?? "",
        Name = model.Name?.Trim() ?? "",
        IsEnabled = model.IsEnabled,
        SingletonPerCorrelation = model.SingletonPerCorrelation,
        KeepFinishedInstances = model.KeepFinishedInstances,
        Activities = [.. model.Activities.Select(a => new ActivityDefinition
        {
            Id = a.Id?.Trim() ?? "",
            Name = a.Name ?? "",
            IsStart = a.IsStart,
            Title = string.IsNullOrWhiteSpace(a.Title) ? null : a.Title.Trim(),
            X = a.X,
            Y = a.Y,
            Properties = Properties(a),
        })],
        Transitions = [.. model.Transitions.Select(tr => new TransitionDefinition { Source = tr.Source ?? "", Outcome = tr.Outcome ?? "", Destination = tr.Destination ?? "" })],
    };

    private JsonObject Properties(ActivityForm form)
    {
        var result = new JsonObject();
        var descriptors = library.Get(form.Name ?? "")?.Properties ?? [];
        foreach (var (name, raw) in form.Props ?? [])
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            result[name] = descriptors.FirstOrDefault(d => d.Name == name)?.Kind switch
            {
                ActivityPropertyKind.List => new JsonArray([.. value.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode?)JsonValue.Create(v))]),
                ActivityPropertyKind.Boolean => value is "true" or "True" or "on",
                _ => raw,
            };
        }

        return result;
    }
}
