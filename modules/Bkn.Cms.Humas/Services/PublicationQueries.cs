using System.Linq.Expressions;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Bkn.Cms.Humas.Services;

/// <summary>Reads the public index: lists with filters, home page blocks, related items, regulation links, feeds.</summary>
public sealed class PublicationQueries(DbContext db)
{
    public const int PageSize = 10;

    private const int HomeNews = 4;
    private const int HomeReleases = 4;
    private const int HomeRegulations = 5;

    // The queries every public page makes are compiled once (EF.CompileAsyncQuery): parsing a LINQ expression and
    // probing EF's query cache by expression was a fifth of an uncached page view. The filtered lists are compiled too
    // (one query per sort order, below).
    private static readonly Func<DbContext, string, int, IAsyncEnumerable<PublicationIndex>> LatestQuery =
        EF.CompileAsyncQuery((DbContext db, string type, int count) =>
            db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == type && p.Published)
                .OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).Take(count));

    // The home page's four blocks in one statement (UNION ALL of the newest news, press releases and regulations, and
    // every service); rows come back grouped by type and are ordered again in memory (at most a few dozen).
    private static readonly Func<DbContext, IAsyncEnumerable<PublicationIndex>> HomeQuery =
        EF.CompileAsyncQuery((DbContext db) =>
            db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == HumasTypes.Berita && p.Published)
                .OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).Take(HomeNews)
            .Concat(db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == HumasTypes.SiaranPers && p.Published)
                .OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).Take(HomeReleases))
            .Concat(db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == HumasTypes.Peraturan && p.Published)
                .OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).Take(HomeRegulations))
            .Concat(db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == HumasTypes.Layanan && p.Published && p.Kind != PublicInformationFields.Dikecualikan)));

    private static readonly Func<DbContext, string, IAsyncEnumerable<PublicationIndex>> AllQuery =
        EF.CompileAsyncQuery<DbContext, string, PublicationIndex>((DbContext db, string type) =>
            db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == type && p.Published && p.Kind != PublicInformationFields.Dikecualikan)
                .OrderBy(p => p.Kind).ThenBy(p => p.Number).ThenBy(p => p.Title));

    private static readonly Func<DbContext, string, IAsyncEnumerable<int>> YearsQuery =
        EF.CompileAsyncQuery<DbContext, string, int>((DbContext db, string type) =>
            db.Set<PublicationIndex>().Where(p => p.ContentType == type && p.Published).Select(p => p.Year).Distinct().OrderByDescending(y => y));

    private static readonly Func<DbContext, string, IAsyncEnumerable<string>> KindsQuery =
        EF.CompileAsyncQuery<DbContext, string, string>((DbContext db, string type) =>
            db.Set<PublicationIndex>().Where(p => p.ContentType == type && p.Published && p.Kind != "").Select(p => p.Kind).Distinct().OrderBy(k => k));

    private static readonly Func<DbContext, string, CancellationToken, Task<PublicationIndex?>> ByPathQuery =
        EF.CompileAsyncQuery((DbContext db, string path, CancellationToken _) =>
            db.Set<PublicationIndex>().AsNoTracking().Where(p => p.Path == path)
                .OrderByDescending(p => p.Published).ThenByDescending(p => p.GoneUtc).FirstOrDefault());

    private static readonly Func<DbContext, string, string, int, IAsyncEnumerable<PublicationIndex>> RelatedQuery =
        EF.CompileAsyncQuery((DbContext db, string type, string currentId, int count) =>
            db.Set<PublicationIndex>().AsNoTracking()
                .Where(p => p.ContentType == type && p.Published && p.ContentItemId != currentId && p.Kind != PublicInformationFields.Dikecualikan)
                .OrderByDescending(p => p.Date).Take(count));

    private static readonly Func<DbContext, string, CancellationToken, Task<EditorialState?>> EditorialStateQuery =
        EF.CompileAsyncQuery((DbContext db, string id, CancellationToken _) => db.Set<EditorialState>().AsNoTracking().FirstOrDefault(s => s.ContentItemId == id));

    private static readonly Func<DbContext, string, IAsyncEnumerable<ChangeNote>> ChangeNotesQuery =
        EF.CompileAsyncQuery<DbContext, string, ChangeNote>((DbContext db, string id) => db.Set<ChangeNote>().AsNoTracking().Where(n => n.ContentItemId == id).OrderByDescending(n => n.CreatedUtc));

    public async Task<PublicationPage> ListAsync(string type, PublicationFilter filter, CancellationToken cancellationToken)
    {
        var jenis = string.IsNullOrWhiteSpace(filter.Jenis) ? null : filter.Jenis;
        var status = string.IsNullOrWhiteSpace(filter.Status) ? null : filter.Status;
        var nomor = string.IsNullOrWhiteSpace(filter.Nomor) ? null : filter.Nomor.Trim();
        var total = await CountQuery(db, type, jenis, filter.Tahun, status, nomor, 0, 0);
        var page = Math.Clamp(filter.Halaman, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var query = filter.Urut switch
        {
            "terlama" => OldestQuery,
            "judul" => TitleQuery,
            "nomor" => NumberQuery,
            _ => NewestQuery,
        };
        var rows = query(db, type, jenis, filter.Tahun, status, nomor, (page - 1) * PageSize, PageSize);
        return new PublicationPage(await rows.ToListAsync(cancellationToken), total, page, PageSize);
    }

    // One compiled query per order; each filter is "parameter is null or column equals it", which SQLite and PostgreSQL
    // evaluate after the (ContentType, Published, …) index has narrowed the rows to one type's published items.
    // Parameters: type, jenis, tahun, status, nomor, skip, take (compiled queries take scalars, not objects).
    private static readonly Expression<Func<DbContext, string, string?, int?, string?, string?, int, int, IQueryable<PublicationIndex>>> Filtered =
        (db, type, jenis, tahun, status, nomor, skip, take) =>
            db.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentType == type && p.Published
                && (jenis == null || p.Kind == jenis)
                && (tahun == null || p.Year == tahun)
                && (status == null || p.Status == status)
                && (nomor == null || p.Number == nomor)
                && (type != HumasTypes.InformasiPublik || p.Kind != PublicInformationFields.Dikecualikan));

    private static readonly Func<DbContext, string, string?, int?, string?, string?, int, int, Task<int>> CountQuery =
        EF.CompileAsyncQuery(Compose((q, skip, take) => q.Count()));

    private static readonly Func<DbContext, string, string?, int?, string?, string?, int, int, IAsyncEnumerable<PublicationIndex>> NewestQuery =
        EF.CompileAsyncQuery(Compose((q, skip, take) =>
            q.OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc).ThenBy(p => p.ContentItemId).Skip(skip).Take(take)));

    private static readonly Func<DbContext, string, string?, int?, string?, string?, int, int, IAsyncEnumerable<PublicationIndex>> OldestQuery =
        EF.CompileAsyncQuery(Compose((q, skip, take) => q.OrderBy(p => p.Date).ThenBy(p => p.ContentItemId).Skip(skip).Take(take)));

    private static readonly Func<DbContext, string, string?, int?, string?, string?, int, int, IAsyncEnumerable<PublicationIndex>> TitleQuery =
        EF.CompileAsyncQuery(Compose((q, skip, take) => q.OrderBy(p => p.Title).ThenBy(p => p.ContentItemId).Skip(skip).Take(take)));

    private static readonly Func<DbContext, string, string?, int?, string?, string?, int, int, IAsyncEnumerable<PublicationIndex>> NumberQuery =
        EF.CompileAsyncQuery(Compose((q, skip, take) =>
            q.OrderByDescending(p => p.Year).ThenBy(p => p.Number).ThenBy(p => p.ContentItemId).Skip(skip).Take(take)));

    /// <summary>One expression "(db, …, skip, take) => rest(Filtered(db, …), skip, take)" for EF to compile (it cannot call a method inside a query).</summary>
    private static Expression<Func<DbContext, string, string?, int?, string?, string?, int, int, T>> Compose<T>(Expression<Func<IQueryable<PublicationIndex>, int, int, T>> rest)
    {
        var body = ReplacingExpressionVisitor.Replace(rest.Parameters[0], Filtered.Body, rest.Body);
        body = ReplacingExpressionVisitor.Replace(rest.Parameters[1], Filtered.Parameters[6], body);
        body = ReplacingExpressionVisitor.Replace(rest.Parameters[2], Filtered.Parameters[7], body);
        return Expression.Lambda<Func<DbContext, string, string?, int?, string?, string?, int, int, T>>(body, Filtered.Parameters);
    }

    public Task<List<PublicationIndex>> LatestAsync(string type, int count, CancellationToken cancellationToken) =>
        LatestQuery(db, type, count).ToListAsync(cancellationToken).AsTask();

    /// <summary>All published items of a type (small types: services, public information), excluded information left out.</summary>
    /// <summary>The home page blocks: newest news, press releases and regulations, and the services by counter.</summary>
    public async Task<HomeBlocks> HomeAsync(CancellationToken cancellationToken)
    {
        var rows = await HomeQuery(db).ToListAsync(cancellationToken);
        List<PublicationIndex> Newest(string type) =>
            [.. rows.Where(p => p.ContentType == type).OrderByDescending(p => p.Date).ThenByDescending(p => p.PublishedUtc)];
        return new HomeBlocks(
            Newest(HumasTypes.Berita),
            Newest(HumasTypes.SiaranPers),
            Newest(HumasTypes.Peraturan),
            [.. rows.Where(p => p.ContentType == HumasTypes.Layanan).OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Number, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal)]);
    }

    public Task<List<PublicationIndex>> AllAsync(string type, CancellationToken cancellationToken) =>
        AllQuery(db, type).ToListAsync(cancellationToken).AsTask();

    public Task<List<int>> YearsAsync(string type, CancellationToken cancellationToken) =>
        YearsQuery(db, type).ToListAsync(cancellationToken).AsTask();

    public Task<List<string>> KindsAsync(string type, CancellationToken cancellationToken) =>
        KindsQuery(db, type).ToListAsync(cancellationToken).AsTask();

    /// <summary>The newest rows for a path: the published one if any, else the one that was taken down (410).</summary>
    public Task<PublicationIndex?> ByPathAsync(string path, CancellationToken cancellationToken) =>
        ByPathQuery(db, path, cancellationToken);

    public Task<List<PublicationIndex>> RelatedAsync(PublicationIndex current, int count, CancellationToken cancellationToken) =>
        RelatedQuery(db, current.ContentType, current.ContentItemId, count).ToListAsync(cancellationToken).AsTask();

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

    public Task<EditorialState?> EditorialStateAsync(string contentItemId, CancellationToken cancellationToken) =>
        EditorialStateQuery(db, contentItemId, cancellationToken);

    public Task<List<ChangeNote>> ChangeNotesAsync(string contentItemId, CancellationToken cancellationToken) =>
        ChangeNotesQuery(db, contentItemId).ToListAsync(cancellationToken).AsTask();

    /// <summary>Every published public page of this module (excluded information left out), for the sitemap.</summary>
    public async Task<IReadOnlyList<PublicationIndex>> SitemapAsync(CancellationToken cancellationToken) =>
        await db.Set<PublicationIndex>().AsNoTracking().Where(p => p.Published && p.Kind != PublicInformationFields.Dikecualikan)
            .OrderBy(p => p.Path).ToListAsync(cancellationToken);
}
