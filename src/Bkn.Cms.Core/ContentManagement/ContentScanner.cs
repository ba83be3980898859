using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ContentManagement;

/// <summary>Bulk reads over the ContentItems rows for derived data (search indexes); no tracking, keyset by row id.</summary>
public sealed class ContentScanner(CmsDbContext db) : IContentScanner
{
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var ids = contentItemIds.ToList();
        var rows = await Live(published).Where(c => ids.Contains(c.ContentItemId)).ToListAsync(cancellationToken);
        return [.. rows.Select(ContentManager.ToItem)];
    }

    public async Task<ContentScanPage> ScanAsync(bool published, IReadOnlyCollection<string> types, long after, int size, CancellationToken cancellationToken = default)
    {
        var rows = await Typed(Live(published), types).Where(c => c.Id > after).OrderBy(c => c.Id).Take(size).ToListAsync(cancellationToken);
        return new ContentScanPage([.. rows.Select(ContentManager.ToItem)], rows.Count == 0 ? after : rows[^1].Id);
    }

    public Task<int> CountAsync(bool published, IReadOnlyCollection<string> types, CancellationToken cancellationToken = default) =>
        Typed(Live(published), types).CountAsync(cancellationToken);

    private IQueryable<ContentItemRecord> Live(bool published)
    {
        var rows = db.ContentItems.AsNoTracking().Where(c => !c.Deleted);
        return published ? rows.Where(c => c.Published) : rows.Where(c => c.Latest);
    }

    private static IQueryable<ContentItemRecord> Typed(IQueryable<ContentItemRecord> rows, IReadOnlyCollection<string> types)
    {
        if (types.Count == 0)
        {
            return rows;
        }

        var list = types.ToList();
        return rows.Where(c => list.Contains(c.ContentType));
    }
}
