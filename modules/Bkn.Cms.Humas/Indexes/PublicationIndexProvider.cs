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
        await db.Set<RegulationLink>().Where(l => l.FromId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        if (published is null)
        {
            if (row is { Published: true })
            {
                // Unpublished or deleted: the address now answers 410 Gone instead of 404.
                row.Published = false;
                row.GoneUtc = time.GetUtcNow().UtcDateTime;
            }

            return;
        }

        if (row is null)
        {
            rows.Add(row = new PublicationIndex { ContentItemId = contentItemId });
        }

        Fill(row, published);
        if (published.ContentType == HumasTypes.Peraturan)
        {
            foreach (var id in Fields.Ids(published, RegulationFields.Mengubah).Where(id => id != contentItemId).Distinct())
            {
                db.Set<RegulationLink>().Add(new RegulationLink { FromId = contentItemId, ToId = id, Kind = RegulationLink.Mengubah });
            }

            foreach (var id in Fields.Ids(published, RegulationFields.Mencabut).Where(id => id != contentItemId).Distinct())
            {
                db.Set<RegulationLink>().Add(new RegulationLink { FromId = contentItemId, ToId = id, Kind = RegulationLink.Mencabut });
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
                row.Status = Fields.Choice(item, RegulationFields.Status);
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
        row.Status = Truncate(row.Status, 32);
        row.Date = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        row.Year = item.ContentType == HumasTypes.Peraturan && Fields.Number(item, RegulationFields.Tahun) is { } year ? (int)year : date.Year;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
