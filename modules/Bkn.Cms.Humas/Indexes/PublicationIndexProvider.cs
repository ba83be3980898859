using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Humas.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Indexes;

/// <summary>Keeps <see cref="PublicationIndex"/> and <see cref="RegulationLink"/> rows in step with the published versions of Humas items.</summary>
public sealed class PublicationIndexProvider(SiteClock clock, TimeProvider time) : IContentIndexProvider
{
    public const int SummaryLength = 600;

    public bool Handles(ContentTypeDefinition definition) => HumasTypes.All.Contains(definition.Name);

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var rows = db.Set<PublicationIndex>();
        var row = await rows.FindAsync([contentItemId], cancellationToken);

        // The regulations this one linked to before: their status may change when the link goes.
        var affected = await db.Set<RegulationLink>().Where(l => l.FromId == contentItemId).Select(l => l.ToId).ToListAsync(cancellationToken);
        await db.Set<RegulationLink>().Where(l => l.FromId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        if (published is null)
        {
            if (row is { Published: true })
            {
                // Unpublished or deleted: the address now answers 410 Gone instead of 404.
                row.Published = false;
                row.GoneUtc = time.GetUtcNow().UtcDateTime;
            }

            await RefreshStatusAsync(db, contentItemId, affected, [], cancellationToken);
            return;
        }

        if (row is null)
        {
            rows.Add(row = new PublicationIndex { ContentItemId = contentItemId });
        }

        Fill(row, published);
        List<RegulationLink> links = [];
        if (published.ContentType == HumasTypes.Peraturan)
        {
            foreach (var id in Fields.Ids(published, RegulationFields.Mengubah).Where(id => id != contentItemId).Distinct())
            {
                links.Add(new RegulationLink { FromId = contentItemId, ToId = id, Kind = RegulationLink.Mengubah });
            }

            foreach (var id in Fields.Ids(published, RegulationFields.Mencabut).Where(id => id != contentItemId).Distinct())
            {
                links.Add(new RegulationLink { FromId = contentItemId, ToId = id, Kind = RegulationLink.Mencabut });
            }

            await db.Set<RegulationLink>().AddRangeAsync(links, cancellationToken);

            // This regulation's own status follows from the published regulations that link to it.
            var incoming = await db.Set<RegulationLink>().AsNoTracking().Where(l => l.ToId == contentItemId).Select(l => l.Kind).ToListAsync(cancellationToken);
            row.Status = RegulationStatus.Derive(row.DeclaredStatus, incoming);
        }

        await RefreshStatusAsync(db, contentItemId, affected, links, cancellationToken);
    }

    /// <summary>
    /// Derives again the status of the regulations this one links to (before and after the change) and asks the search
    /// indexes to index them again, in the same transaction, so their page, lists, filters, feeds and search agree.
    /// </summary>
    private static async Task RefreshStatusAsync(DbContext db, string sourceId, List<string> before, List<RegulationLink> after, CancellationToken cancellationToken)
    {
        var targets = before.Concat(after.Select(l => l.ToId)).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        // Links from other regulations are in the database; this one's new links are not saved yet.
        var stored = await db.Set<RegulationLink>().AsNoTracking().Where(l => targets.Contains(l.ToId) && l.FromId != sourceId).ToListAsync(cancellationToken);
        foreach (var target in await db.Set<PublicationIndex>().Where(p => targets.Contains(p.ContentItemId) && p.ContentType == HumasTypes.Peraturan).ToListAsync(cancellationToken))
        {
            var kinds = stored.Concat(after).Where(l => l.ToId == target.ContentItemId).Select(l => l.Kind).ToList();
            var status = Truncate(RegulationStatus.Derive(target.DeclaredStatus, kinds), 32);
            if (status != target.Status)
            {
                target.Status = status;
                Bkn.Cms.Search.SearchReindexRequests.Request(db, target.ContentItemId);
            }
        }
    }

    private void Fill(PublicationIndex row, ContentItem item)
    {
        var publishedLocal = DateOnly.FromDateTime(clock.ToLocal(item.PublishedUtc ?? time.GetUtcNow().UtcDateTime));
        row.ContentType = item.ContentType;
        row.Path = item.As<AutoroutePart>()?.Path ?? "";
        row.Title = Truncate(item.DisplayText, 300);
        row.Published = true;
        row.GoneUtc = null;
        row.PublishedUtc = item.PublishedUtc;
        row.Kind = "";
        row.Number = "";
        row.Status = "";
        row.DeclaredStatus = "";
        row.ModifiedUtc = item.ModifiedUtc ?? item.PublishedUtc;
        row.ImagePath = null;
        DateOnly date;
        switch (item.ContentType)
        {
            case HumasTypes.Berita:
            case HumasTypes.SiaranPers:
                row.Summary = Fields.Text(item, NewsFields.Ringkasan);
                date = Fields.Date(item, NewsFields.Tanggal) ?? publishedLocal;
                row.Number = Fields.Text(item, NewsFields.NomorRilis);
                row.ImagePath = Fields.Media(item, NewsFields.Gambar).Path;
                break;
            case HumasTypes.Peraturan:
                row.Summary = Fields.Text(item, RegulationFields.Abstrak);
                // Without a known date of enactment the regulation sorts at the start of its year.
                date = Fields.Date(item, RegulationFields.TanggalPenetapan)
                    ?? (Fields.Number(item, RegulationFields.Tahun) is { } regulationYear && regulationYear is >= 1 and <= 9999 ? new DateOnly((int)regulationYear, 1, 1) : publishedLocal);
                row.Kind = Fields.Choice(item, RegulationFields.Jenis);
                row.Number = Fields.Text(item, RegulationFields.Nomor);
                row.DeclaredStatus = Truncate(Fields.Choice(item, RegulationFields.Status), 32);
                break;
            case HumasTypes.InformasiPublik:
                row.Summary = Fields.Text(item, PublicInformationFields.Ringkasan);
                date = publishedLocal;
                row.Kind = Fields.Choice(item, PublicInformationFields.Kategori);
                row.Number = Fields.Text(item, PublicInformationFields.Nomor);
                break;
            default:
                row.Summary = Fields.Text(item, ServiceFields.Ringkasan);
                date = publishedLocal;
                row.Kind = Fields.Choice(item, ServiceFields.Loket);
                break;
        }

        row.Summary = Truncate(row.Summary, SummaryLength);
        row.Kind = Truncate(row.Kind, 128);
        row.Number = Truncate(row.Number, 64);
        row.Date = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        row.Year = item.ContentType == HumasTypes.Peraturan && Fields.Number(item, RegulationFields.Tahun) is { } year ? (int)year : date.Year;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
