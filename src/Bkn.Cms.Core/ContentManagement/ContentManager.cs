using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// The content store: one row per version, at most one Latest and one Published per item. Handlers and the
/// index providers of the item's type run inside the same transaction as the document.
/// </summary>
public sealed class ContentManager(
    CmsDbContext db,
    IContentDefinitionStore definitions,
    IServiceProvider services,
    IFeatureChecker features,
    IHttpContextAccessor httpContext,
    TimeProvider time) : IContentManager
{
    // Handlers and index providers are resolved on the first write, not with the manager: a page that only reads content
    // would otherwise build every module's handler (and the workflow runtime behind one of them) for nothing.
    private IContentHandler[]? _handlers;
    private IContentIndexProvider[]? _indexProviders;

    // Ids this manager generated in New and has not created yet: nothing can refer to them (see ContentItem.HasNewId).
    private HashSet<string>? _newIds;

    public ContentItem New(string contentType)
    {
        var definition = Definition(contentType);
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = contentType };
        (_newIds ??= new(StringComparer.Ordinal)).Add(item.ContentItemId);
        foreach (var part in definition.Parts)
        {
            item.Content[part.Name] = new JsonObject();
        }

        return item;
    }

    // Compiled once: the two look-ups every content page makes skip EF's per-call expression parsing and cache probe.
    private static readonly Func<CmsDbContext, string, CancellationToken, Task<ContentItemRecord?>> PublishedVersion =
        EF.CompileAsyncQuery((CmsDbContext db, string id, CancellationToken _) => db.ContentItems.AsNoTracking().FirstOrDefault(c => c.ContentItemId == id && !c.Deleted && c.Published));

    private static readonly Func<CmsDbContext, string, CancellationToken, Task<ContentItemRecord?>> LatestVersion =
        EF.CompileAsyncQuery((CmsDbContext db, string id, CancellationToken _) => db.ContentItems.AsNoTracking().FirstOrDefault(c => c.ContentItemId == id && !c.Deleted && c.Latest));

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var record = options switch
        {
            VersionOptions.Published => await PublishedVersion(db, contentItemId, cancellationToken),
            _ => await LatestVersion(db, contentItemId, cancellationToken),
        };
        return record is null ? null : ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking().Where(c => c.ContentItemId == contentItemId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return [.. records.Select(ToItem)];
    }

    public Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                var definition = Definition(item.ContentType);
                publish |= !definition.Settings.Draftable;
                var newId = string.IsNullOrEmpty(item.ContentItemId) || (_newIds?.Remove(item.ContentItemId) ?? false);
                if (string.IsNullOrEmpty(item.ContentItemId))
                {
                    item.ContentItemId = IdGenerator.NewId();
                }

                var now = Now();
                item.ContentItemVersionId = IdGenerator.NewId();
                item.Owner ??= CurrentUserId();
                item.Author = CurrentUserId() ?? item.Owner;
                item.CreatedUtc = now;
                item.ModifiedUtc = now;
                item.Latest = true;
                item.Published = publish;
                item.PublishedUtc = publish ? now : null;
                await PrepareAndValidateAsync(item, definition, cancellationToken);
                if (publish)
                {
                    await ForEachHandlerAsync(h => h.PublishingAsync(item, cancellationToken));
                }

                db.ContentItems.Add(ToRecord(item));
                await db.SaveChangesAsync(cancellationToken);
                item.HasNewId = newId;
                try
                {
                    await ForEachHandlerAsync(h => h.CreatedAsync(item, cancellationToken));
                    if (publish)
                    {
                        await ForEachHandlerAsync(h => h.PublishedAsync(item, cancellationToken));
                    }
                }
                finally
                {
                    item.HasNewId = false;
                }

                await UpdateIndexesAsync(definition, item.ContentItemId, item, publish ? item : null, cancellationToken);
                return item;
            },
            cancellationToken);

    public Task<ContentItem> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                var definition = Definition(item.ContentType);
                var latest = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == item.ContentItemId && c.Latest && !c.Deleted, cancellationToken)
                    ?? throw new ContentValidationException("Konten tidak ditemukan atau sudah dihapus.");
                if (latest.ContentItemVersionId != item.ContentItemVersionId)
                {
                    throw new ContentConcurrencyException();
                }

                var previous = ToItem(latest);
                var now = Now();
                item.Owner = latest.Owner;
                item.UnitId ??= latest.UnitId;
                item.Author = CurrentUserId() ?? latest.Author;
                item.CreatedUtc = latest.CreatedUtc;
                item.ModifiedUtc = now;
                await PrepareAndValidateAsync(item, definition, cancellationToken);

                var publish = !definition.Settings.Draftable;
                if (definition.Settings.Versionable || latest.Published)
                {
                    // A new version: the previous one stays in the history (and online, if it is the published one).
                    latest.Latest = false;
                    latest.RowVersion++;
                    if (publish)
                    {
                        await UnpublishOthersAsync(item.ContentItemId, cancellationToken);
                        latest.Published = false;
                    }

                    item.ContentItemVersionId = IdGenerator.NewId();
                    item.Latest = true;
                    item.Published = publish;
                    item.PublishedUtc = publish ? now : latest.PublishedUtc;
                    db.ContentItems.Add(ToRecord(item));
                    await ForEachHandlerAsync(h => h.VersionedAsync(previous, item, cancellationToken));
                }
                else
                {
                    // An unpublished draft of a type without history is changed in place.
                    item.Latest = true;
                    item.Published = false;
                    item.PublishedUtc = latest.PublishedUtc;
                    Copy(item, latest);
                    latest.RowVersion++;
                }

                await SaveAsync(cancellationToken);
                await ForEachHandlerAsync(h => h.UpdatedAsync(previous, item, cancellationToken));
                await UpdateIndexesAsync(definition, item.ContentItemId, item, await PublishedAsync(item.ContentItemId, cancellationToken), cancellationToken);
                return item;
            },
            cancellationToken);

    public Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                var latest = await LatestRecordAsync(contentItemId, cancellationToken);
                var item = ToItem(latest);
                if (latest.Published)
                {
                    return item;
                }

                var definition = Definition(latest.ContentType);
                await ForEachHandlerAsync(h => h.PublishingAsync(item, cancellationToken));
                await UnpublishOthersAsync(contentItemId, cancellationToken);
                latest.Published = true;
                latest.PublishedUtc = Now();
                latest.RowVersion++;
                await SaveAsync(cancellationToken);
                item = ToItem(latest);
                await ForEachHandlerAsync(h => h.PublishedAsync(item, cancellationToken));
                await UpdateIndexesAsync(definition, contentItemId, item, item, cancellationToken);
                return item;
            },
            cancellationToken);

    public Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                var published = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Published && !c.Deleted, cancellationToken);
                if (published is null)
                {
                    return true;
                }

                published.Published = false;
                published.RowVersion++;
                await SaveAsync(cancellationToken);
                var item = ToItem(published);
                await ForEachHandlerAsync(h => h.UnpublishedAsync(item, cancellationToken));
                var latest = await LatestRecordAsync(contentItemId, cancellationToken);
                await UpdateIndexesAsync(Definition(latest.ContentType), contentItemId, ToItem(latest), null, cancellationToken);
                return true;
            },
            cancellationToken);

    public Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                var latest = await LatestRecordAsync(contentItemId, cancellationToken);
                var rows = await db.ContentItems.Where(c => c.ContentItemId == contentItemId).ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    row.Deleted = true;
                    row.Published = false;
                    row.RowVersion++;
                }

                await SaveAsync(cancellationToken);
                await ForEachHandlerAsync(h => h.RemovedAsync(ToItem(latest), cancellationToken));
                await UpdateIndexesAsync(Definition(latest.ContentType), contentItemId, null, null, cancellationToken);
                return true;
            },
            cancellationToken);

    public async Task<ContentItem> CloneAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new ContentValidationException("Konten tidak ditemukan atau sudah dihapus.");
        var clone = new ContentItem
        {
            ContentType = source.ContentType,
            DisplayText = source.DisplayText,
            UnitId = source.UnitId,
            Content = (JsonObject)source.Content.DeepClone(),
        };
        return await CreateAsync(clone, publish: false, cancellationToken);
    }

    public async Task<ContentItem> RestoreVersionAsDraftAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var version = await GetVersionAsync(contentItemVersionId, cancellationToken)
            ?? throw new ContentValidationException("Versi tidak ditemukan.");
        var latest = await GetAsync(version.ContentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new ContentValidationException("Konten tidak ditemukan atau sudah dihapus.");
        latest.Content = (JsonObject)version.Content.DeepClone();
        latest.DisplayText = version.DisplayText;
        return await UpdateAsync(latest, cancellationToken);
    }

    private async Task PrepareAndValidateAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        foreach (var part in definition.Parts.Where(p => !item.Content.ContainsKey(p.Name)))
        {
            item.Content[part.Name] = new JsonObject();
        }

        await ForEachHandlerAsync(h => h.PreparingAsync(item, definition, cancellationToken));
        var context = new ContentValidationContext(item, definition);
        await ForEachHandlerAsync(h => h.ValidatingAsync(context, cancellationToken));
        if (!context.IsValid)
        {
            throw new ContentValidationException(context.Errors);
        }
    }

    private async Task UnpublishOthersAsync(string contentItemId, CancellationToken cancellationToken)
    {
        foreach (var row in await db.ContentItems.Where(c => c.ContentItemId == contentItemId && c.Published).ToListAsync(cancellationToken))
        {
            row.Published = false;
            row.RowVersion++;
        }
    }

    private async Task<ContentItem?> PublishedAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var tracked = db.ContentItems.Local.FirstOrDefault(c => c.ContentItemId == contentItemId && c.Published && !c.Deleted);
        tracked ??= await PublishedVersion(db, contentItemId, cancellationToken);
        return tracked is null ? null : ToItem(tracked);
    }

    private async Task<ContentItemRecord> LatestRecordAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest && !c.Deleted, cancellationToken)
        ?? throw new ContentValidationException("Konten tidak ditemukan atau sudah dihapus.");

    private async Task UpdateIndexesAsync(ContentTypeDefinition definition, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        foreach (var provider in _indexProviders ??= [.. services.GetServices<IContentIndexProvider>()])
        {
            if (IsActive(provider) && provider.Handles(definition))
            {
                await provider.UpdateAsync(db, contentItemId, latest, published, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ForEachHandlerAsync(Func<IContentHandler, Task> action)
    {
        foreach (var handler in _handlers ??= [.. services.GetServices<IContentHandler>()])
        {
            if (IsActive(handler))
            {
                await action(handler);
            }
        }
    }

    private bool IsActive(object service) => features.FeatureOf(service.GetType()) is not { } featureId || features.IsEnabled(featureId);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ContentConcurrencyException("Konten ini telah diubah oleh pengguna lain pada saat yang sama. Muat ulang lalu coba lagi; simpanan Anda tidak diterapkan.", ex);
        }
    }

    private Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) => db.InTransactionAsync(work, cancellationToken);

    private ContentTypeDefinition Definition(string contentType) =>
        definitions.GetType(contentType) ?? throw new ContentValidationException($"Tipe konten '{contentType}' tidak dikenal.");

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private string? CurrentUserId() => httpContext.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    internal static ContentItem ToItem(ContentItemRecord record) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Latest = record.Latest,
        Published = record.Published,
        Owner = record.Owner,
        Author = record.Author,
        UnitId = record.UnitId,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedUtc,
        Content = JsonNode.Parse(record.Data) as JsonObject ?? [],
    };

    private static ContentItemRecord ToRecord(ContentItem item)
    {
        var record = new ContentItemRecord { ContentItemId = item.ContentItemId };
        Copy(item, record);
        return record;
    }

    private static void Copy(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText.Length > 1000 ? item.DisplayText[..1000] : item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.UnitId = item.UnitId;
        record.CreatedUtc = item.CreatedUtc ?? default;
        record.ModifiedUtc = item.ModifiedUtc ?? default;
        record.PublishedUtc = item.PublishedUtc;
        record.Data = item.Content.ToJsonString(ContentItem.JsonOptions);
    }
}
