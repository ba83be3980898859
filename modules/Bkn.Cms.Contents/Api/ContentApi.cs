using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bkn.Cms.Contents.Api;

/// <summary>The content API (bearer token): list, read, create draft, new draft version, publish, unpublish, delete.</summary>
public static class ContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/content").RequireAuthorization(new RequirePermissionAttribute(Permissions.ContentAdminRequirement));
        api.MapGet("", ListAsync);
        api.MapGet("{id}", GetAsync);
        api.MapPost("", CreateAsync);
        api.MapPut("{id}", UpdateAsync);
        api.MapPost("{id}/publish", (string id, ClaimsPrincipal user, IContentManager content, ContentAccess access, CancellationToken ct) =>
            ActAsync(id, ContentAction.Publish, user, content, access, async () => ContentJson.ToJson(await content.PublishAsync(id, ct)), ct));
        api.MapPost("{id}/unpublish", (string id, ClaimsPrincipal user, IContentManager content, ContentAccess access, CancellationToken ct) =>
            ActAsync(id, ContentAction.Publish, user, content, access, async () =>
            {
                await content.UnpublishAsync(id, ct);
                return ContentJson.ToJson((await content.GetAsync(id, VersionOptions.Latest, ct))!);
            }, ct));
        api.MapDelete("{id}", (string id, ClaimsPrincipal user, IContentManager content, ContentAccess access, CancellationToken ct) =>
            ActAsync(id, ContentAction.Delete, user, content, access, async () =>
            {
                await content.RemoveAsync(id, ct);
                return null;
            }, ct));
    }

    private static async Task<IResult> ListAsync(string? type, string? status, string? q, string? after, int? pageSize, ClaimsPrincipal user, IContentQuery query, ContentAccess access, CancellationToken ct)
    {
        var visibility = await access.RestrictAsync(new ContentListQuery(), user, ContentAction.View, ct);
        var page = await query.ListAsync(
            visibility with
            {
                Types = string.IsNullOrEmpty(type) ? [] : [type],
                Status = status switch { "draft" => ContentStatusFilter.Draft, "published" => ContentStatusFilter.Published, _ => ContentStatusFilter.Any },
                Text = q,
                After = after,
                PageSize = pageSize ?? 20,
            },
            ct);
        return Results.Ok(new { items = page.Items.Select(ContentJson.ToJson), next = page.Next });
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, IContentManager content, ContentAccess access, CancellationToken ct)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, ct);
        return item is null || !await access.CanAsync(user, ContentAction.View, item, ct)
            ? NotFound()
            : Results.Ok(ContentJson.ToJson(item));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, IContentManager content, IContentDefinitionStore definitions, ContentAccess access, ContentApiBody reader, ContentApiValidator validator, CancellationToken ct)
    {
        var (body, problem) = await reader.ReadAsync(request, ct);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrEmpty(body.ContentType) || definitions.GetType(body.ContentType) is not { Settings.Creatable: true } definition)
        {
            return Invalid(new Dictionary<string, string[]> { ["ContentType"] = ["Tipe konten tidak dikenal atau tidak dapat dibuat."] });
        }

        if (await validator.ValidateAsync(body, definition, ct) is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        var item = content.New(definition.Name);
        item.DisplayText = body.DisplayText ?? "";
        ContentJson.Apply(body, item);
        item.Owner ??= user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!await access.CanAsync(user, ContentAction.Edit, item, ct))
        {
            return Invalid(new Dictionary<string, string[]> { ["UnitId"] = ["Pilih unit kerja yang menjadi wewenang Anda."] });
        }

        if (!definition.Settings.Draftable && !await access.CanAsync(user, ContentAction.Publish, item, ct))
        {
            return PublishesOnSave();
        }

        try
        {
            var created = await content.CreateAsync(item, publish: false, ct);
            return Results.Created($"/api/content/{created.ContentItemId}", ContentJson.ToJson(created));
        }
        catch (ContentValidationException ex)
        {
            return Invalid(ex.Errors);
        }
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, ClaimsPrincipal user, IContentManager content, IContentDefinitionStore definitions, ContentAccess access, ContentApiBody reader, ContentApiValidator validator, CancellationToken ct)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, ct);
        if (item is null || !await access.CanAsync(user, ContentAction.View, item, ct) || definitions.GetType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (!await access.CanAsync(user, ContentAction.Edit, item, ct))
        {
            return Forbidden();
        }

        var (body, problem) = await reader.ReadAsync(request, ct);
        if (body is null)
        {
            return problem!;
        }

        if (await validator.ValidateAsync(body, definition, ct) is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        // The version the client based its change on; without it the change applies to the latest version.
        if (body.ContentItemVersionId is { Length: > 0 } basedOn)
        {
            item.ContentItemVersionId = basedOn;
        }

        ContentJson.Apply(body, item);
        if (!await access.CanAsync(user, ContentAction.Edit, item, ct))
        {
            return Invalid(new Dictionary<string, string[]> { ["UnitId"] = ["Pilih unit kerja yang menjadi wewenang Anda."] });
        }

        if (!definition.Settings.Draftable && !await access.CanAsync(user, ContentAction.Publish, item, ct))
        {
            return PublishesOnSave();
        }

        try
        {
            return Results.Ok(ContentJson.ToJson(await content.UpdateAsync(item, ct)));
        }
        catch (ContentValidationException ex)
        {
            return Invalid(ex.Errors);
        }
        catch (ContentConcurrencyException ex)
        {
            return Results.Problem(title: ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> ActAsync(string id, ContentAction action, ClaimsPrincipal user, IContentManager content, ContentAccess access, Func<Task<JsonObject?>> act, CancellationToken ct)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, ct);
        if (item is null || !await access.CanAsync(user, ContentAction.View, item, ct))
        {
            return NotFound();
        }

        if (!await access.CanAsync(user, action, item, ct))
        {
            return Results.Problem(title: "Anda tidak berwenang melakukan tindakan ini pada konten tersebut.", statusCode: StatusCodes.Status403Forbidden);
        }

        try
        {
            var result = await act();
            return result is null ? Results.NoContent() : Results.Ok(result);
        }
        catch (ContentValidationException ex)
        {
            return Results.ValidationProblem(ex.Errors, title: "Data konten tidak sah.");
        }
    }

    private static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) => Results.ValidationProblem(errors, title: "Data konten tidak sah.");

    private static IResult Forbidden() => Results.Problem(title: "Anda tidak berwenang melakukan tindakan ini pada konten tersebut.", statusCode: StatusCodes.Status403Forbidden);

    // A type without drafts goes online when it is saved: saving it is publishing it.
    private static IResult PublishesOnSave() => Results.Problem(title: "Konten tipe ini langsung terbit saat disimpan; Anda tidak berwenang menerbitkannya.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult NotFound() => Results.Problem(title: "Konten tidak ditemukan.", statusCode: StatusCodes.Status404NotFound);
}
