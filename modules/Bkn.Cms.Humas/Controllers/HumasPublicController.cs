using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Hosting;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Humas.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Humas.Controllers;

/// <summary>The public lists and detail pages of news, press releases, regulations, public information and services.</summary>
[OutputCache(PolicyName = PublicOutputCache.PolicyName)]
public sealed class HumasPublicController(
    PublicationQueries queries,
    IContentManager content,
    IContentRenderer renderer,
    DbContext db,
    IConfiguration configuration,
    ICompositeViewEngine viewEngine) : Controller
{
    [HttpGet("/berita")]
    public Task<IActionResult> News([FromQuery] PublicationFilter filter, CancellationToken cancellationToken) =>
        ListAsync(HumasTypes.Berita, "Berita", filter, cancellationToken);

    [HttpGet("/siaran-pers")]
    public Task<IActionResult> PressReleases([FromQuery] PublicationFilter filter, CancellationToken cancellationToken) =>
        ListAsync(HumasTypes.SiaranPers, "Siaran Pers", filter, cancellationToken);

    [HttpGet("/peraturan")]
    public Task<IActionResult> Regulations([FromQuery] PublicationFilter filter, CancellationToken cancellationToken) =>
        ListAsync(HumasTypes.Peraturan, "Peraturan", filter, cancellationToken);

    [HttpGet("/informasi-publik")]
    public async Task<IActionResult> PublicInformation(CancellationToken cancellationToken)
    {
        var all = await queries.AllAsync(HumasTypes.InformasiPublik, cancellationToken);
        var groups = PublicInformationFields.Categories.Where(c => !PublicInformationFields.IsExcluded(c))
            .Select(c => (c, (IReadOnlyList<PublicationIndex>)[.. all.Where(i => string.Equals(i.Kind, c, StringComparison.OrdinalIgnoreCase))]))
            .ToList();
        return View("Grouped", new GroupedListViewModel(HumasTypes.InformasiPublik, "Informasi Publik", groups));
    }

    [HttpGet("/layanan")]
    public async Task<IActionResult> Services(CancellationToken cancellationToken)
    {
        var all = await queries.AllAsync(HumasTypes.Layanan, cancellationToken);
        var groups = all.OrderBy(s => s.Kind, StringComparer.Ordinal).Select(s => (s.Kind, (IReadOnlyList<PublicationIndex>)[s])).ToList();
        return View("Grouped", new GroupedListViewModel(HumasTypes.Layanan, "Layanan", groups));
    }

    [HttpGet("/{prefix:regex(^(berita|siaran-pers|peraturan|informasi-publik|layanan)$)}/{**slug}")]
    public async Task<IActionResult> Detail(string prefix, string slug, CancellationToken cancellationToken)
    {
        var path = $"{prefix}/{slug.Trim('/')}";
        var row = await queries.ByPathAsync(path, cancellationToken);
        if (row is null)
        {
            // Another type's item may live under the same prefix (e.g. a page at "layanan/loket-a"): show it as the
            // content module would.
            if (await db.Set<AutorouteEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Path == path, cancellationToken) is { } entry
                && await content.GetAsync(entry.ContentItemId, VersionOptions.Published, cancellationToken) is { } other
                && renderer.Display(other, preview: false) is { } display)
            {
                var otherView = ContentViews.ViewNames(other.ContentType, "Detail").First(name => viewEngine.GetView(null, name, isMainPage: true).Success);
                return View(otherView, display);
            }

            // A renamed item: its old address moves permanently to the current one.
            var redirect = await db.Set<AutorouteRedirect>().AsNoTracking().FirstOrDefaultAsync(r => r.Path == path, cancellationToken);
            var target = redirect is null ? null : await db.Set<AutorouteEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.ContentItemId == redirect.ContentItemId, cancellationToken);
            return target is null ? NotFound() : RedirectPermanent("/" + target.Path);
        }

        if (!row.Published)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return View("Gone", row);
        }

        var item = await content.GetAsync(row.ContentItemId, VersionOptions.Published, cancellationToken);
        if (item is null || HumasTypes.Prefix(item.ContentType) != prefix
            || (item.ContentType == HumasTypes.InformasiPublik && PublicInformationFields.IsExcluded(Fields.Choice(item, PublicInformationFields.Kategori))))
        {
            return NotFound();
        }

        var links = item.ContentType == HumasTypes.Peraturan ? await queries.LinksAsync(item.ContentItemId, cancellationToken) : ([], []);
        var model = new PublicationDetailViewModel(
            item,
            row,
            renderer.Display(item, preview: false)?.BodyHtml ?? "",
            HumasTypes.Editorial.Contains(item.ContentType) ? await queries.EditorialStateAsync(item.ContentItemId, cancellationToken) : null,
            await queries.ChangeNotesAsync(item.ContentItemId, cancellationToken),
            await queries.RelatedAsync(row, 3, cancellationToken),
            links.Outgoing,
            links.Incoming,
            SiteAddress.Absolute(SiteAddress.BaseUrl(HttpContext, configuration), row.Path));
        var view = item.ContentType switch
        {
            HumasTypes.Berita or HumasTypes.SiaranPers => "DetailNews",
            HumasTypes.Peraturan => "DetailRegulation",
            HumasTypes.InformasiPublik => "DetailInformation",
            _ => "DetailService",
        };
        return View(view, model);
    }

    private async Task<IActionResult> ListAsync(string type, string title, PublicationFilter filter, CancellationToken cancellationToken)
    {
        var kinds = type == HumasTypes.Peraturan ? await queries.KindsAsync(type, cancellationToken) : [];

        // Filters match whatever the case in the address (status=diubah, jenis=peraturan kepala bkn).
        filter = filter with
        {
            Status = RegulationStatus.Canonical(filter.Status),
            Jenis = string.IsNullOrWhiteSpace(filter.Jenis) ? null
                : kinds.FirstOrDefault(k => string.Equals(k, filter.Jenis.Trim(), StringComparison.OrdinalIgnoreCase)) ?? filter.Jenis.Trim(),
        };
        var page = await queries.ListAsync(type, filter, cancellationToken);
        var years = await queries.YearsAsync(type, cancellationToken);
        return View("List", new PublicationListViewModel(type, title, page, filter, years, kinds));
    }
}
