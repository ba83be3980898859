using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Services;
using Bkn.Cms.Search.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Search.Controllers;

/// <summary>Admin "Indeks Pencarian": documents, lag and last error per index on this node; rebuild and reset on every node.</summary>
[RequirePermission(Permissions.ManageSearchIndexesName)]
[Route("admin/indeks-pencarian")]
public sealed class SearchIndexesAdminController(SearchIndexManager manager, SearchIndexDefinitions definitions, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new SearchIndexesViewModel(Statuses(), Path.GetFileName(manager.Root)));

    /// <summary>Polled by the page every second; the progress lives on the server, so it survives a reload.</summary>
    [HttpGet("status")]
    public IActionResult Status() => Json(Statuses());

    [HttpPost("{name}/bangun-ulang")]
    public async Task<IActionResult> Rebuild(string name, CancellationToken cancellationToken)
    {
        if (!await definitions.RequestRebuildAsync(name, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = t["Indeks {0} sedang dibangun ulang di setiap node; pencarian tetap memakai salinan lama sampai selesai.", name].Value;
        return Redirect("/admin/indeks-pencarian");
    }

    [HttpPost("{name}/reset")]
    public async Task<IActionResult> Reset(string name, CancellationToken cancellationToken)
    {
        if (!await definitions.RequestRebuildAsync(name, cancellationToken))
        {
            return NotFound();
        }

        await manager.DropAsync(name, cancellationToken);
        TempData["Success"] = t["Salinan indeks {0} di node ini dihapus dan dibangun dari awal; node lain membangun ulang di latar belakang.", name].Value;
        return Redirect("/admin/indeks-pencarian");
    }

    private List<SearchIndexStatus> Statuses() =>
        [.. manager.States.Select(s =>
        {
            var active = s.Active;
            var progress = s.Rebuild;
            return new SearchIndexStatus(
                s.Name,
                s.Settings.Analyzer,
                s.Settings.ContentTypes,
                s.Settings.PublishedOnly,
                s.Settings.Parts,
                s.Version,
                active?.Version,
                active?.DocumentCount() ?? 0,
                s.Lag,
                active?.Cursor ?? 0,
                s.IsRebuilding,
                s.IsRebuilding ? progress?.Percent ?? 0 : 100,
                progress?.Done ?? 0,
                progress?.Total ?? 0,
                s.LastError,
                s.LastErrorUtc);
        })];
}
