using Bkn.Cms.Features;
using Bkn.Cms.Modules;
using Bkn.Cms.Security;
using Bkn.Cms.Units.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Units.Controllers;

/// <summary>Admin "Fitur Unit": switch unit-scoped features for the units the user administers.</summary>
[RequirePermission(Permissions.ManageUnitFeaturesName)]
[Route("admin/fitur-unit")]
public sealed class UnitFeaturesController(
    IUnitTree units,
    IModuleCatalog catalog,
    IFeatureChecker features,
    IFeatureManager manager,
    IPermissionService permissions,
    IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? unit, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUnitFeatures, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var available = tree.DepthFirst().Where(u => scope.Contains(u.Id)).ToList();
        var selected = unit is { } id && scope.Contains(id) ? tree.Find(id) : null;
        var rows = selected is null
            ? []
            : catalog.Features.Where(f => f.UnitScoped)
                .Select(f => new UnitFeatureRow(f, features.IsEnabled(f.Id), features.IsEnabledForUnit(f.Id, selected.Id), features.ExplicitUnitSwitch(f.Id, selected.Id)))
                .ToList();
        return View(new UnitFeaturesViewModel(selected, available, rows));
    }

    [HttpPost("{unitId:guid}/{featureId}/{operation:regex(^(aktifkan|nonaktifkan|warisi)$)}")]
    public async Task<IActionResult> Switch(Guid unitId, string featureId, string operation, CancellationToken cancellationToken)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.ManageUnitFeatures, unitId, cancellationToken))
        {
            return Forbid();
        }

        try
        {
            if (operation == "warisi")
            {
                await manager.InheritForUnitAsync(unitId, featureId, cancellationToken);
                TempData["Success"] = t["Fitur kini mengikuti pengaturan unit induk."].Value;
            }
            else
            {
                var changes = await manager.SetForUnitAsync(unitId, featureId, operation == "aktifkan", cancellationToken);
                TempData["Success"] = changes.Count == 0
                    ? t["Tidak ada perubahan."].Value
                    : t["Fitur unit diperbarui: {0}.", string.Join(", ", changes.Select(c => $"{c.Name} ({(c.Enabled ? t["aktif"] : t["nonaktif"])})"))].Value
                        + (changes.Any(c => !c.Enabled) ? " " + t["Petugas unit ini tidak lagi melihat menu dan data fitur yang dinonaktifkan; halaman publiknya tetap terbuka."].Value : "");
            }
        }
        catch (FeatureOperationException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index), new { unit = unitId });
    }
}
