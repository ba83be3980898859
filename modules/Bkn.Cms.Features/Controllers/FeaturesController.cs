using Bkn.Cms.Features.ViewModels;
using Bkn.Cms.Modules;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Features.Controllers;

/// <summary>Admin "Fitur": every feature with its state; changes are confirmed after seeing everything they switch.</summary>
[RequirePermission(Permissions.ManageFeaturesName)]
[Route("admin/fitur")]
public sealed class FeaturesController(IModuleCatalog catalog, IFeatureChecker features, IFeatureManager manager, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() =>
        View(new FeatureListViewModel([.. catalog.Features
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new FeatureRow(f, features.IsEnabled(f.Id), [.. f.Dependencies.Select(d => catalog.FindFeature(d)?.Name ?? d)]))]));

    [HttpGet("{id}/{operation:regex(^(aktifkan|nonaktifkan)$)}")]
    public IActionResult Confirm(string id, string operation)
    {
        if (catalog.FindFeature(id) is not { } feature)
        {
            return NotFound();
        }

        var enable = operation == "aktifkan";
        try
        {
            var changes = enable ? manager.PreviewEnable([id]) : manager.PreviewDisable([id]);
            return View(new FeatureConfirmViewModel(feature, enable, changes, null));
        }
        catch (FeatureOperationException ex)
        {
            return View(new FeatureConfirmViewModel(feature, enable, [], ex.Message));
        }
    }

    [HttpPost("{id}/{operation:regex(^(aktifkan|nonaktifkan)$)}")]
    public async Task<IActionResult> Apply(string id, string operation, CancellationToken cancellationToken)
    {
        if (catalog.FindFeature(id) is null)
        {
            return NotFound();
        }

        try
        {
            var changes = operation == "aktifkan" ? await manager.EnableAsync([id], cancellationToken) : await manager.DisableAsync([id], cancellationToken);
            TempData["Success"] = changes.Count == 0
                ? t["Tidak ada perubahan."].Value
                : t["Fitur diperbarui: {0}.", string.Join(", ", changes.Select(c => $"{c.Name} ({(c.Enabled ? t["aktif"] : t["nonaktif"])})"))].Value;
        }
        catch (FeatureOperationException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index));
    }
}
