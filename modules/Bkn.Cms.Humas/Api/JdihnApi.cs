using System.Globalization;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Hosting;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Humas.Api;

/// <summary>
/// GET /api/jdihn: published regulations in the JDIHN harvest format (docs/DOMAIN-RULES.md §8). Deliberately anonymous — the
/// national JDIH network harvests it without credentials — hence <see cref="AllowAnonymousApiAttribute"/>.
/// </summary>
public static class JdihnApi
{
    public const string Path = "/api/jdihn";

    /// <summary>Book-only fields of the JDIHN format; regulations carry "-".</summary>
    public const string None = "-";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ListAsync)
            .WithMetadata(new AllowAnonymousApiAttribute())
            .WithMetadata(new OutputCacheAttribute { PolicyName = PublicOutputCache.PolicyName });

    private static async Task<IResult> ListAsync(HttpContext http, DbContext db, IContentManager content, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var baseUrl = SiteAddress.BaseUrl(http, configuration);
        var rows = await db.Set<PublicationIndex>().AsNoTracking()
            .Where(p => p.ContentType == HumasTypes.Peraturan && p.Published)
            .OrderByDescending(p => p.Date).ToListAsync(cancellationToken);
        var result = new List<Dictionary<string, string>>(rows.Count);
        foreach (var row in rows)
        {
            if (await content.GetAsync(row.ContentItemId, VersionOptions.Published, cancellationToken) is { } item)
            {
                result.Add(ToJdihn(item, row, baseUrl));
            }
        }

        return Results.Json(result);
    }

    public static Dictionary<string, string> ToJdihn(ContentItem item, PublicationIndex row, string baseUrl)
    {
        // The date of promulgation is its own fact: without it the feed says "-" (never the date of enactment).
        var promulgated = Fields.Date(item, RegulationFields.TanggalPengundangan);
        var (file, fileName) = Attachment(item);
        return new Dictionary<string, string>
        {
            ["idData"] = item.ContentItemId,
            ["tahun_pengundangan"] = promulgated?.Year.ToString(CultureInfo.InvariantCulture) ?? row.Year.ToString(CultureInfo.InvariantCulture),
            ["tanggal_pengundangan"] = promulgated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None,
            ["jenis"] = Or(Fields.Choice(item, RegulationFields.Jenis)),
            ["noPeraturan"] = Or(Fields.Text(item, RegulationFields.Nomor)),
            ["judul"] = item.DisplayText,
            ["noPanggil"] = None,
            ["singkatanJenis"] = Or(Fields.Text(item, RegulationFields.Singkatan)),
            ["tempatTerbit"] = Or(Fields.Text(item, RegulationFields.TempatPenetapan)),
            ["penerbit"] = None,
            ["deskripsiFisik"] = None,
            ["sumber"] = Or(Fields.Text(item, RegulationFields.Sumber)),
            ["subjek"] = Or(Fields.Text(item, RegulationFields.Subjek)),
            ["isbn"] = None,
            ["status"] = Or(row.Status),
            ["bahasa"] = Or(Fields.Text(item, RegulationFields.Bahasa)),
            ["bidangHukum"] = Or(Fields.Text(item, RegulationFields.BidangHukum)),
            ["teuBadan"] = Or(Fields.Text(item, RegulationFields.TeuBadan)),
            ["nomorIndukBuku"] = None,
            ["fileDownload"] = fileName ?? None,
            ["urlDownload"] = file is null ? None : SiteAddress.Absolute(baseUrl, file),
            ["urlDetailPeraturan"] = SiteAddress.Absolute(baseUrl, row.Path),
            ["operasi"] = "4",
            ["display"] = "1",
        };
    }

    /// <summary>The regulation's PDF: the first file of its AttachmentsPart (served from /media/{Path}).</summary>
    public static (string? Url, string? FileName) Attachment(ContentItem item)
    {
        if (item.Content["AttachmentsPart"]?["Files"] is System.Text.Json.Nodes.JsonArray files
            && files.FirstOrDefault() is System.Text.Json.Nodes.JsonObject first
            && first["Path"]?.GetValue<string>() is { Length: > 0 } path)
        {
            var name = first["FileName"]?.GetValue<string>() ?? System.IO.Path.GetFileName(path);
            return ("/media/" + path.TrimStart('/'), name);
        }

        return (null, null);
    }

    private static string Or(string value) => value.Length == 0 ? None : value;
}
