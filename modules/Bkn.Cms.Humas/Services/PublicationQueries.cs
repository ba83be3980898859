using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Services;

/// <summary>Reads the public index: lists with filters, home page blocks, related items, regulation links, feeds.</summary>
public sealed class PublicationQueries(DbContext db)
{
    public const int PageSize = 10;

    private IQueryable<PublicationIndex> Live(string type) =>
        db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == type && p.Published);

    public async Task<PublicationPage> ListAsync(string type, PublicationFilter filter, CancellationToken cancellationToken)
    {
        var query = Live(type);
        if (!string.IsNullOrWhiteSpace(filter.Jenis))
        {
            query = query.Where(p => p.Kind == filter.Jenis);
        }

        if (filter.Tahun is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query = query.Where(p => p.Status == filter.Status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Nomor))
        {
            var number = filter.Nomor.Trim();
            query = query.Where(p => p.Number == number);
        }

        if (type == HumasTypes.InformasiPublik)
        {
            query = query.Where(p => p.Kind != PublicInformationFields.Dikecualikan);
        }

        query = filter.Urut switch
        {
            "terlama" => query.OrderBy(p => p.Date).ThenBy(p => p.ContentItemId),
            "judul" => query.OrderBy(p => p.Title).ThenBy(p => p.ContentItemId),
            "nomor" => query.OrderByDescending(p => p.Year).ThenBy(p => p.Number).ThenBy(p => p.ContentItemId),
            _ => query.OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).ThenBy(p => p.ContentItemId),
        };
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Halaman, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new PublicationPage(items, total, page, PageSize);
    }

    public async Task<IReadOnlyList<PublicationIndex>> LatestAsync(string type, int count, CancellationToken cancellationToken) =>
        await Live(type).OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).Take(count).ToListAsync(cancellationToken);

    /// <summary>All published items of a type (small types: services, public information), excluded information left out.</summary>
    public async Task<IReadOnlyList<PublicationIndex>> AllAsync(string type, CancellationToken cancellationToken) =>
        await Live(type).Where(p => p.Kind != PublicInformationFields.Dikecualikan)
            .OrderBy(p => p.Kind).ThenBy(p => p.Number).ThenBy(p => p.Title).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> YearsAsync(string type, CancellationToken cancellationToken) =>
        await Live(type).Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> KindsAsync(string type, CancellationToken cancellationToken) =>
        await Live(type).Where(p => p.Kind != "").Select(p => p.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);

    /// <summary>The newest rows for a path: the published one if any, else the one that was taken down (410).</summary>
    public async Task<PublicationIndex?> ByPathAsync(string path, CancellationToken cancellationToken) =>
        await db.Set<PublicationIndex>().AsNoTracking().Where(p => p.Path == path)
            .OrderByDescending(p => p.Published).ThenByDescending(p => p.GoneUtc).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PublicationIndex>> RelatedAsync(PublicationIndex current, int count, CancellationToken cancellationToken) =>
        await Live(current.ContentType).Where(p => p.ContentItemId != current.ContentItemId && p.Kind != PublicInformationFields.Dikecualikan)
            .OrderByDescending(p => p.Date).Take(count).ToListAsync(cancellationToken);

    /// <summary>Regulations this one changes or revokes, and the ones that change or revoke it (back-links).</summary>
    public async Task<(IReadOnlyList<(string Kind, PublicationIndex Target)> Outgoing, IReadOnlyList<(string Kind, PublicationIndex Source)> Incoming)> LinksAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var links = await db.Set<RegulationLink>().AsNoTracking().Where(l => l.FromId == contentItemId || l.ToId == contentItemId).ToListAsync(cancellationToken);
        var ids = links.SelectMany(l => new[] { l.FromId, l.ToId }).Where(id => id != contentItemId).Distinct().ToList();
        var rows = await db.Set<PublicationIndex>().AsNoTracking().Where(p => ids.Contains(p.ContentItemId) && p.Published).ToDictionaryAsync(p => p.ContentItemId, cancellationToken);
        var outgoing = links.Where(l => l.FromId == contentItemId && rows.ContainsKey(l.ToId)).Select(l => (l.Kind, rows[l.ToId])).ToList();
        var incoming = links.Where(l => l.ToId == contentItemId && rows.ContainsKey(l.FromId)).Select(l => (l.Kind, rows[l.FromId])).ToList();
        return (outgoing, incoming);
    }

    public async Task<EditorialState?> EditorialStateAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Set<EditorialState>().AsNoTracking().FirstOrDefaultAsync(s => s.ContentItemId == contentItemId, cancellationToken);

    public async Task<IReadOnlyList<ChangeNote>> ChangeNotesAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Set<ChangeNote>().AsNoTracking().Where(n => n.ContentItemId == contentItemId).OrderByDescending(n => n.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>Every published public page of this module (excluded information left out), for the sitemap.</summary>
    public async Task<IReadOnlyList<PublicationIndex>> SitemapAsync(CancellationToken cancellationToken) =>
        await db.Set<PublicationIndex>().AsNoTracking().Where(p => p.Published && p.Kind != PublicInformationFields.Dikecualikan)
            .OrderBy(p => p.Path).ToListAsync(cancellationToken);
}
