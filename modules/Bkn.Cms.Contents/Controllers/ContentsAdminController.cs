using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Contents.ViewModels;
using Bkn.Cms.Security;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Controllers;

/// <summary>Admin "Konten": list, create, edit, preview, publish, unpublish, clone, delete, history.</summary>
[RequirePermission(Permissions.ContentAdminRequirement)]
[Route("admin/konten")]
public sealed class ContentsAdminController(
    IContentManager content,
    IContentQuery query,
    IContentDefinitionStore definitions,
    ContentAccess access,
    ContentRenderer renderer,
    ICompositeViewEngine viewEngine,
    IUnitTree units,
    DbContext db,
    SiteClock clock,
    RecipeExporter exporter,
    ContentFormReader formReader,
    TimeProvider time,
    IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? status, Guid? unit, bool mine, string? q, string? sort, string? after, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        var listable = definitions.ListTypes().Where(d => d.Settings.Listable).ToList();
        var filter = new ContentListFilter(type, status, unit, mine, q, sort);
        IReadOnlyCollection<string>? scheduledIds = status == "terjadwal"
            ? await db.Set<ScheduledContentEntry>().Where(e => e.Action == ScheduledContentEntry.Publish).Select(e => e.ContentItemId).ToListAsync(cancellationToken)
            : null;
        // Full-text search (the search feature's index of latest versions) when available; else the title filter below.
        if (!string.IsNullOrWhiteSpace(q) && HttpContext.RequestServices.GetService<Bkn.Cms.Search.IContentSearch>() is { } search
            && await search.FindLatestAsync(q, 1000, cancellationToken) is { } found)
        {
            scheduledIds = scheduledIds is null ? found : [.. found.Intersect(scheduledIds)];
            q = null;
        }

        var visibility = await access.RestrictAsync(new ContentListQuery(), User, ContentAction.View, cancellationToken);
        var page = await query.ListAsync(
            visibility with
            {
                Types = type is null ? [] : [type],
                ExcludedTypes = type is null ? [.. definitions.ListTypes().Where(d => !d.Settings.Listable).Select(d => d.Name)] : [],
                Status = status switch { "draf" => ContentStatusFilter.Draft, "terbit" => ContentStatusFilter.Published, _ => ContentStatusFilter.Any },
                Units = unit is { } u ? tree.Subtree(u).ToList() : null,
                Owner = mine ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null,
                Ids = scheduledIds,
                Text = q,
                Sort = sort switch { "dibuat" => ContentSort.CreatedDesc, "judul" => ContentSort.TitleAsc, _ => ContentSort.ModifiedDesc },
                After = after,
            },
            cancellationToken);
        var pageIds = page.Items.Select(i => i.ContentItemId).ToList();
        var schedule = await db.Set<ScheduledContentEntry>().AsNoTracking()
            .Where(e => e.Action == ScheduledContentEntry.Publish && pageIds.Contains(e.ContentItemId))
            .ToDictionaryAsync(e => e.ContentItemId, e => e.DueUtc, cancellationToken);
        var rows = new List<ContentRow>();
        foreach (var i in page.Items)
        {
            rows.Add(new ContentRow(
                i,
                listable.FirstOrDefault(d => d.Name == i.ContentType)?.DisplayName ?? i.ContentType,
                i.UnitId is { } id ? tree.Find(id)?.Name : null,
                await access.CanAsync(User, ContentAction.Publish, i, cancellationToken),
                await access.CanAsync(User, ContentAction.Delete, i, cancellationToken),
                schedule.TryGetValue(i.ContentItemId, out var due) ? clock.ToLocal(due) : null));
        }

        var visibleUnits = tree.DepthFirst().Where(x => visibility.Scope.Contains(x.Id) || visibility.Grants.Any(g => g.Scope.Contains(x.Id)));
        var creatable = new List<ContentTypeDefinition>();
        foreach (var definition in listable.Where(d => d.Settings.Creatable))
        {
            if (!(await access.EditableUnitsAsync(User, definition.Name, cancellationToken)).IsEmpty)
            {
                creatable.Add(definition);
            }
        }

        return View(new ContentListViewModel(rows, listable, [.. visibleUnits], filter, page.Next) { Creatable = creatable });
    }

    [HttpGet("baru/{type}")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        if (definitions.GetType(type) is not { Settings.Creatable: true } definition)
        {
            return NotFound();
        }

        if ((await access.EditableUnitsAsync(User, type, cancellationToken)).IsEmpty)
        {
            return Forbid();
        }

        var item = content.New(type);
        item.UnitId = await DefaultUnitAsync(type, cancellationToken);
        return View("Edit", await EditModelAsync(item, definition, isNew: true, new Dictionary<string, string[]>(), cancellationToken));
    }

    [HttpPost("baru/{type}")]
    public async Task<IActionResult> Create(string type, Guid? unitId, string? submit, CancellationToken cancellationToken)
    {
        if (definitions.GetType(type) is not { Settings.Creatable: true } definition)
        {
            return NotFound();
        }

        var item = content.New(type);
        var formErrors = await formReader.ApplyAsync(Request.Form, item, definition, User, cancellationToken);
        item.UnitId = unitId;
        var publish = submit == "terbitkan";
        var errors = await CheckUnitAsync(item, publish || !definition.Settings.Draftable, cancellationToken);
        Merge(errors, formErrors);
        if (errors.Count == 0)
        {
            try
            {
                await content.CreateAsync(item, publish, cancellationToken);
                TempData["Success"] = publish ? t["{0} diterbitkan.", item.DisplayText].Value : t["Draf {0} disimpan.", item.DisplayText].Value;
                return Redirect($"/admin/konten/{item.ContentItemId}");
            }
            catch (ContentValidationException ex)
            {
                errors = new Dictionary<string, string[]>(ex.Errors);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", await EditModelAsync(item, definition, isNew: true, errors, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken) || definitions.GetType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return View(await EditModelAsync(item, definition, isNew: false, new Dictionary<string, string[]>(), cancellationToken));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, string contentItemVersionId, Guid? unitId, string? submit, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken) || definitions.GetType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (!await access.CanAsync(User, ContentAction.Edit, item, cancellationToken))
        {
            return Forbid();
        }

        // What the editor loaded: a save based on an older version is refused (edit race).
        item.ContentItemVersionId = contentItemVersionId;
        var formErrors = await formReader.ApplyAsync(Request.Form, item, definition, User, cancellationToken);
        item.UnitId = unitId ?? item.UnitId;
        var publish = submit == "terbitkan";
        var errors = await CheckUnitAsync(item, publish || !definition.Settings.Draftable, cancellationToken);
        Merge(errors, formErrors);
        if (errors.Count == 0)
        {
            try
            {
                await content.UpdateAsync(item, cancellationToken);
                if (publish)
                {
                    await content.PublishAsync(id, cancellationToken);
                }

                TempData["Success"] = publish ? t["{0} diterbitkan.", item.DisplayText].Value : t["Draf {0} disimpan.", item.DisplayText].Value;
                return Redirect($"/admin/konten/{id}");
            }
            catch (ContentValidationException ex)
            {
                errors = new Dictionary<string, string[]>(ex.Errors);
            }
            catch (ContentConcurrencyException ex)
            {
                errors = new Dictionary<string, string[]> { [""] = [t[ex.Message]] };
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(await EditModelAsync(item, definition, isNew: false, errors, cancellationToken));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await EditModelAsync(item, definition, isNew: false, errors, cancellationToken));
    }

    [HttpGet("{id}/pratinjau")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken) || renderer.Display(item, preview: true) is not { } model)
        {
            return NotFound();
        }

        return View(ResolveView(item.ContentType, "Detail"), model);
    }

    [HttpPost("{id}/terbitkan")]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Publish, async item =>
        {
            await content.PublishAsync(id, cancellationToken);
            return t["{0} diterbitkan.", item.DisplayText];
        }, cancellationToken);

    [HttpPost("{id}/tarik")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Publish, async item =>
        {
            await content.UnpublishAsync(id, cancellationToken);
            return t["{0} ditarik dari situs publik.", item.DisplayText];
        }, cancellationToken);

    [HttpPost("{id}/hapus")]
    public Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Delete, async item =>
        {
            await content.RemoveAsync(id, cancellationToken);
            return t["{0} dihapus.", item.DisplayText];
        }, cancellationToken, redirectToList: true);

    [HttpPost("{id}/salin")]
    public async Task<IActionResult> Clone(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken))
        {
            return NotFound();
        }

        if (!await access.CanAsync(User, ContentAction.Edit, item, cancellationToken))
        {
            return Forbid();
        }

        try
        {
            var clone = await content.CloneAsync(id, cancellationToken);
            TempData["Success"] = t["Salinan dibuat sebagai draf."].Value;
            return Redirect($"/admin/konten/{clone.ContentItemId}");
        }
        catch (ContentValidationException ex)
        {
            TempData["Error"] = ex.Message;
            return Redirect($"/admin/konten/{id}");
        }
    }

    [HttpGet("{id}/riwayat")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken))
        {
            return NotFound();
        }

        return View(new ContentVersionsViewModel(item, await content.GetVersionsAsync(id, cancellationToken)));
    }

    [HttpGet("{id}/bandingkan")]
    public async Task<IActionResult> Compare(string id, string? a, string? b, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken))
        {
            return NotFound();
        }

        var versions = await content.GetVersionsAsync(id, cancellationToken);
        var right = b is null ? versions.FirstOrDefault() : versions.FirstOrDefault(v => v.ContentItemVersionId == b);
        var left = a is null ? versions.Skip(1).FirstOrDefault() ?? right : versions.FirstOrDefault(v => v.ContentItemVersionId == a);
        if (left is null || right is null)
        {
            return NotFound();
        }

        return View(new ContentCompareViewModel(left, right, ContentComparer.Compare(left, right)));
    }

    [HttpPost("{id}/riwayat/{versionId}/pulihkan")]
    public async Task<IActionResult> Restore(string id, string versionId, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var version = await content.GetVersionAsync(versionId, cancellationToken);
        if (item is null || version is null || version.ContentItemId != id || !await access.CanAsync(User, ContentAction.Edit, item, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await content.RestoreVersionAsDraftAsync(versionId, cancellationToken);
            TempData["Success"] = t["Versi lama dipulihkan sebagai draf baru."].Value;
        }
        catch (ContentValidationException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return Redirect($"/admin/konten/{id}");
    }

    [HttpPost("massal")]
    public async Task<IActionResult> Bulk(string operation, string[] ids, CancellationToken cancellationToken)
    {
        if (operation == "ekspor")
        {
            return await ExportAsync(ids, cancellationToken);
        }

        var (permission, action) = operation switch
        {
            "terbitkan" => ((ContentAction?)ContentAction.Publish, (Func<string, Task>)(id => content.PublishAsync(id, cancellationToken))),
            "tarik" => (ContentAction.Publish, id => content.UnpublishAsync(id, cancellationToken)),
            "hapus" => (ContentAction.Delete, id => content.RemoveAsync(id, cancellationToken)),
            _ => (null, null),
        };
        if (permission is not { } contentAction || action is null)
        {
            return BadRequest();
        }

        int done = 0, refused = 0;
        var failures = new List<string>();
        foreach (var id in ids.Distinct())
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || !await access.CanAsync(User, contentAction, item, cancellationToken))
            {
                refused++;
                continue;
            }

            try
            {
                await action(id);
                done++;
            }
            catch (ContentValidationException ex)
            {
                failures.Add($"{item.DisplayText}: {ex.Message}");
            }
        }

        TempData["Success"] = t["{0} item diproses.", done].Value;
        if (refused > 0 || failures.Count > 0)
        {
            TempData["Error"] = string.Join(" ", new[] { refused > 0 ? t["{0} item dilewati karena tidak ada izin.", refused].Value : null }.Concat(failures).Where(s => s is not null));
        }

        return Redirect("/admin/konten");
    }

    private async Task<IActionResult> ExportAsync(string[] ids, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        foreach (var id in ids.Distinct())
        {
            if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is { } item && await access.CanAsync(User, ContentAction.View, item, cancellationToken))
            {
                items.Add(item);
            }
        }

        if (items.Count == 0)
        {
            TempData["Error"] = t["Pilih minimal satu konten untuk diekspor."].Value;
            return Redirect("/admin/konten");
        }

        var now = time.GetUtcNow();
        var recipe = exporter.Export(items, await units.GetAsync(cancellationToken), now);
        var bytes = System.Text.Encoding.UTF8.GetBytes(recipe.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return File(bytes, "application/json", $"ekspor-konten-{now:yyyyMMdd-HHmm}.recipe.json");
    }

    private async Task<IActionResult> ActAsync(string id, ContentAction action, Func<ContentItem, Task<LocalizedString>> act, CancellationToken cancellationToken, bool redirectToList = false)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !await access.CanAsync(User, ContentAction.View, item, cancellationToken))
        {
            return NotFound();
        }

        if (!await access.CanAsync(User, action, item, cancellationToken))
        {
            return Forbid();
        }

        try
        {
            TempData["Success"] = (await act(item)).Value;
        }
        catch (ContentValidationException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return Redirect(redirectToList ? "/admin/konten" : $"/admin/konten/{id}");
    }

    /// <summary>Errors of unit and publish rights; <paramref name="publish"/> is true also for a type that has no drafts (a save publishes).</summary>
    private async Task<Dictionary<string, string[]>> CheckUnitAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var scope = await access.EditableUnitsAsync(User, item.ContentType, cancellationToken);
        if (!scope.AllUnits && (item.UnitId is not { } unit || !scope.Contains(unit)))
        {
            errors["UnitId"] = [t["Pilih unit kerja yang menjadi wewenang Anda."]];
        }

        // A new item will be the editor's own, which is what owner-only permissions look at.
        item.Owner ??= User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (publish && !await access.CanAsync(User, ContentAction.Publish, item, cancellationToken))
        {
            errors[""] = [definitions.GetType(item.ContentType) is { Settings.Draftable: false }
                ? t["Konten tipe ini langsung terbit saat disimpan; Anda tidak berwenang menerbitkannya."]
                : t["Anda tidak berwenang menerbitkan konten ini; simpan sebagai draf."]];
        }

        return errors;
    }

    private static void Merge(Dictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]> more)
    {
        foreach (var (key, messages) in more)
        {
            errors[key] = [.. (errors.TryGetValue(key, out var existing) ? existing : []), .. messages];
        }
    }

    private async Task<Guid?> DefaultUnitAsync(string contentType, CancellationToken cancellationToken)
    {
        var scope = await access.EditableUnitsAsync(User, contentType, cancellationToken);
        if (scope.AllUnits)
        {
            return null;
        }

        var tree = await units.GetAsync(cancellationToken);
        return tree.DepthFirst().FirstOrDefault(u => scope.Contains(u.Id))?.Id;
    }

    private async Task<ContentEditViewModel> EditModelAsync(ContentItem item, ContentTypeDefinition definition, bool isNew, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var scope = await access.EditableUnitsAsync(User, item.ContentType, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var published = isNew ? null : await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        item.Owner ??= User.FindFirstValue(ClaimTypes.NameIdentifier);
        var canPublish = await access.CanAsync(User, ContentAction.Publish, item, cancellationToken)
            || (isNew && !definition.Settings.Securable && !(await access.ScopeAsync(User, ContentAction.Publish, cancellationToken)).IsEmpty);
        return new ContentEditViewModel(
            item,
            definition,
            isNew,
            [.. tree.DepthFirst().Where(u => scope.Contains(u.Id))],
            errors,
            canPublish,
            published is not null)
        {
            CanEdit = isNew || await access.CanAsync(User, ContentAction.Edit, item, cancellationToken),
        };
    }

    private string ResolveView(string contentType, string displayType) =>
        ContentRenderer.ViewNames(contentType, displayType).First(name => viewEngine.GetView(null, name, isMainPage: true).Success);
}
