using Bkn.Cms.Security;
using Bkn.Cms.Units.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Units.Controllers;

/// <summary>Admin "Unit Kerja": the unit tree.</summary>
[RequirePermission(Permissions.ManageUnitsName)]
[Route("admin/unit")]
public sealed class UnitsController(IUnitTree units, UnitService service, IPermissionService permissions, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUnits, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        return View(tree.DepthFirst().Where(u => scope.Contains(u.Id)).ToList());
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(Guid? parent, CancellationToken cancellationToken) =>
        View("Edit", await FillAsync(new UnitEditViewModel { ParentId = parent }, cancellationToken));

    [HttpPost("baru")]
    public Task<IActionResult> Create(UnitEditViewModel model, CancellationToken cancellationToken) => SaveAsync(null, model, cancellationToken);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var tree = await units.GetAsync(cancellationToken);
        if (tree.Find(id) is not { } unit || !await InScopeAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return View(await FillAsync(new UnitEditViewModel { Id = id, Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId }, cancellationToken));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, UnitEditViewModel model, CancellationToken cancellationToken) =>
        await InScopeAsync(id, cancellationToken) ? await SaveAsync(id, model, cancellationToken) : NotFound();

    [HttpPost("{id:guid}/hapus")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        if (!await InScopeAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var error = await service.DeleteAsync(id, cancellationToken);
        if (error is null)
        {
            TempData["Success"] = t["Unit kerja dihapus."].Value;
        }
        else
        {
            TempData["Error"] = error;
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(Guid? id, UnitEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = id;
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUnits, cancellationToken);
        if (model.ParentId is null ? !scope.AllUnits : !scope.Contains(model.ParentId))
        {
            ModelState.AddModelError(nameof(model.ParentId), t["Anda tidak berwenang menambahkan unit di bawah unit ini."]);
        }

        if (ModelState.IsValid)
        {
            var errors = await service.SaveAsync(id, model.Code, model.Name, model.Kind ?? "", model.ParentId, cancellationToken);
            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError(key, message);
            }

            if (errors.Count == 0)
            {
                TempData["Success"] = t["Unit kerja {0} disimpan.", model.Name].Value;
                return RedirectToAction(nameof(Index));
            }
        }

        return View("Edit", await FillAsync(model, cancellationToken));
    }

    private async Task<bool> InScopeAsync(Guid id, CancellationToken cancellationToken) =>
        (await permissions.GetUnitScopeAsync(User, Permissions.ManageUnits, cancellationToken)).Contains(id);

    private async Task<UnitEditViewModel> FillAsync(UnitEditViewModel model, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUnits, cancellationToken);
        var tree = await units.GetAsync(cancellationToken);
        var excluded = model.Id is { } id ? tree.Subtree(id) : new HashSet<Guid>();
        model.AvailableParents = [.. tree.DepthFirst().Where(u => scope.Contains(u.Id) && !excluded.Contains(u.Id))];
        return model;
    }
}
