using System.Globalization;
using System.Text;
using System.Xml;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Hosting;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Humas.Controllers;

/// <summary>RSS 2.0 feeds of news and regulations, the sitemap and robots.txt.</summary>
[OutputCache(PolicyName = PublicOutputCache.PolicyName)]
public sealed class FeedsController(PublicationQueries queries, DbContext db, ISiteSettings settings, IConfiguration configuration) : Controller
{
    public const int FeedSize = 20;

    private static readonly string[] ListPaths = ["berita", "siaran-pers", "peraturan", "informasi-publik", "layanan"];

    [HttpGet("/berita/rss.xml")]
    public Task<IActionResult> NewsFeed(CancellationToken cancellationToken) => RssAsync(HumasTypes.Berita, "Berita", "berita", cancellationToken);

    [HttpGet("/peraturan/rss.xml")]
    public Task<IActionResult> RegulationFeed(CancellationToken cancellationToken) => RssAsync(HumasTypes.Peraturan, "Peraturan", "peraturan", cancellationToken);

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var baseUrl = SiteAddress.BaseUrl(HttpContext, configuration);
        var own = await queries.SitemapAsync(cancellationToken);
        var ownIds = new HashSet<string>(await db.Set<PublicationIndex>().AsNoTracking().Select(p => p.ContentItemId).ToListAsync(cancellationToken), StringComparer.Ordinal);

        // Other published pages with an address (Halaman …) come from the content module's route table.
        var others = (await db.Set<AutorouteEntry>().AsNoTracking().OrderBy(e => e.Path).ToListAsync(cancellationToken))
            .Where(e => !ownIds.Contains(e.ContentItemId) && e.ContentType != "Taksonomi").ToList();
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            WriteUrl(writer, baseUrl + "/", null);
            foreach (var path in ListPaths)
            {
                WriteUrl(writer, $"{baseUrl}/{path}", null);
            }

            foreach (var row in own)
            {
                // The item's own date (news date, regulation's enactment); items without one fall back to their last change.
                WriteUrl(writer, SiteAddress.Absolute(baseUrl, row.Path), row.Date != default ? row.Date : row.ModifiedUtc ?? row.PublishedUtc);
            }

            foreach (var entry in others)
            {
                WriteUrl(writer, SiteAddress.Absolute(baseUrl, entry.Path), null);
            }

            writer.WriteEndElement();
        }

        return Content(Utf8(xml), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        var baseUrl = SiteAddress.BaseUrl(HttpContext, configuration);
        var text = $"User-agent: *\nDisallow: /admin\nDisallow: /api\nDisallow: /akun\nAllow: /api/jdihn\n\nSitemap: {baseUrl}/sitemap.xml\n";
        return Content(text, "text/plain; charset=utf-8");
    }

    private async Task<IActionResult> RssAsync(string type, string title, string listPath, CancellationToken cancellationToken)
    {
        var baseUrl = SiteAddress.BaseUrl(HttpContext, configuration);
        var siteName = settings.Get(SiteSettingKeys.SiteName, "Badan Kepegawaian Negara");
        var items = await queries.LatestAsync(type, FeedSize, cancellationToken);
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", $"{title} · {siteName}");
            writer.WriteElementString("link", $"{baseUrl}/{listPath}");
            writer.WriteElementString("description", $"{title} terbaru dari {siteName}");
            writer.WriteElementString("language", "id");
            writer.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            writer.WriteAttributeString("href", $"{baseUrl}/{listPath}/rss.xml");
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            if (items.Count > 0)
            {
                writer.WriteElementString("lastBuildDate", Rfc822(items.Max(i => i.PublishedUtc ?? i.Date)));
            }

            foreach (var item in items)
            {
                var link = SiteAddress.Absolute(baseUrl, item.Path);
                writer.WriteStartElement("item");
                writer.WriteElementString("title", item.Title);
                writer.WriteElementString("link", link);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(link);
                writer.WriteEndElement();
                writer.WriteElementString("description", item.Summary);
                if (item.Status.Length > 0)
                {
                    // A regulation's status (Berlaku, Diubah, Dicabut) as the list and the JDIHN feed give it.
                    writer.WriteElementString("category", item.Status);
                }

                writer.WriteElementString("pubDate", Rfc822(item.Date == default ? item.PublishedUtc ?? DateTime.UtcNow : item.Date));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return Content(Utf8(xml), "application/rss+xml; charset=utf-8");
    }

    private static void WriteUrl(XmlWriter writer, string location, DateTime? modifiedUtc)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (modifiedUtc is { } modified)
        {
            writer.WriteElementString("lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
    }

    private static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);

    // StringBuilder-backed XmlWriter declares utf-16; the response is UTF-8.
    private static string Utf8(StringBuilder xml) => xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
}
