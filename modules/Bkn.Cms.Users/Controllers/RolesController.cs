using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Users.Controllers;

/// <summary>Admin "Peran": roles and the permissions they grant, each for the own unit or for all units.</summary>
[RequirePermission(Permissions.ManageRolesName)]
[Route("admin/peran")]
public sealed partial class RolesController(
    ICmsDbContext db,
    RoleManager<CmsRole> roles,
    IPermissionService permissions,
    IStateStamps stamps,
    IAuditTrail audit,
    IStringLocalizer t,
    ILogger<RolesController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Roles.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RoleRow(
                r.Id,
                r.Name!,
                r.Description,
                r.IsSystem,
                db.UserRoles.Count(ur => ur.RoleId == r.Id),
                db.RolePermissions.Count(p => p.RoleId == r.Id)))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await FillAsync(new RoleEditViewModel(), cancellationToken));

    [HttpPost("baru")]
    public async Task<IActionResult> Create(RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = new CmsRole();
        return await SaveAsync(role, model, isNew: true, cancellationToken);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        var grants = await db.RolePermissions.AsNoTracking().Where(p => p.RoleId == id).ToListAsync(cancellationToken);
        return View(await FillAsync(
            new RoleEditViewModel
            {
                Id = role.Id,
                Name = role.Name ?? "",
                Description = role.Description,
                IsSystem = role.IsSystem,
                Grants = grants.ToDictionary(g => g.Permission, g => g.Scope.ToString()),
            },
            cancellationToken));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(id);
        return role is null ? NotFound() : await SaveAsync(role, model, isNew: false, cancellationToken);
    }

    [HttpPost("{id}/hapus")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (role.IsSystem)
        {
            TempData["Error"] = t["Peran sistem tidak dapat dihapus."].Value;
            return RedirectToAction(nameof(Index));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await roles.DeleteAsync(role);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "role.deleted", $"Peran {role.Name} dihapus"), cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Security, cancellationToken);
        LogRoleChanged(logger, role.Id, "deleted");
        TempData["Success"] = t["Peran {0} dihapus.", role.Name!].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(CmsRole role, RoleEditViewModel model, bool isNew, CancellationToken cancellationToken)
    {
        // Nobody grants more than they hold: a grant may be added or widened only up to the editor's own scope of that
        // permission. Grants beyond the editor's reach are shown disabled, so they are not posted: they are kept as they
        // are. Narrowing or removing a grant is always allowed.
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var existing = isNew
            ? []
            : await db.RolePermissions.AsNoTracking().Where(p => p.RoleId == role.Id).ToDictionaryAsync(p => p.Permission, p => p.Scope, StringComparer.Ordinal, cancellationToken);
        var grants = existing.Where(e => !model.Grants.ContainsKey(e.Key) && !limits.CanGrant(e.Key, e.Value))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        foreach (var (name, value) in model.Grants)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (permissions.FindPermission(name) is not { } permission || !Enum.TryParse<PermissionScope>(value, out var scope) || !Enum.IsDefined(scope))
            {
                ModelState.AddModelError(nameof(model.Grants), t["Izin '{0}' tidak dikenal.", name]);
                continue;
            }

            var before = existing.TryGetValue(name, out var old) ? old : (PermissionScope?)null;
            if (before is { } b && scope <= b)
            {
                grants[name] = scope;
                continue;
            }

            if (permission.Global && scope != PermissionScope.AllUnits)
            {
                ModelState.AddModelError(nameof(model.Grants), t["Izin '{0}' berlaku untuk seluruh situs, sehingga hanya dapat diberikan untuk semua unit.", t[permission.Description].Value]);
            }
            else if (!limits.CanGrant(name, scope))
            {
                ModelState.AddModelError(nameof(model.Grants), scope == PermissionScope.AllUnits && limits.HeldScope(name) is not null
                    ? t["Anda tidak dapat memberikan izin '{0}' untuk semua unit karena Anda sendiri memegangnya hanya untuk unit Anda.", t[permission.Description].Value]
                    : t["Anda tidak dapat memberikan izin '{0}' karena Anda sendiri tidak memegangnya.", t[permission.Description].Value]);
            }
            else
            {
                grants[name] = scope;
            }
        }

        if (!ModelState.IsValid)
        {
            model.Id = isNew ? null : role.Id;
            model.IsSystem = role.IsSystem;
            return View("Edit", await FillAsync(model, cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        role.Name = model.Name.Trim();
        role.Description = model.Description?.Trim() ?? "";
        var result = isNew ? await roles.CreateAsync(role) : await roles.UpdateAsync(role);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(model.Name), error.Description);
            }

            model.Id = isNew ? null : role.Id;
            return View("Edit", await FillAsync(model, cancellationToken));
        }

        await db.RolePermissions.Where(p => p.RoleId == role.Id).ExecuteDeleteAsync(cancellationToken);
        db.RolePermissions.AddRange(grants.Select(g => new RolePermissionRecord { RoleId = role.Id, Permission = g.Key, Scope = g.Value }));
        await db.SaveChangesAsync(cancellationToken);
        var grantText = grants.Count == 0 ? "tanpa izin" : string.Join(", ", grants.Select(g => $"{g.Key} ({g.Value})"));
        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, isNew ? "role.created" : "role.updated", $"Peran {role.Name} {(isNew ? "dibuat" : "diubah")}: {grantText}"), cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Security, cancellationToken);
        LogRoleChanged(logger, role.Id, isNew ? "created" : "updated");
        TempData["Success"] = t["Peran {0} disimpan.", role.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<RoleEditViewModel> FillAsync(RoleEditViewModel model, CancellationToken cancellationToken)
    {
        model.AvailablePermissions = permissions.GetDeclaredPermissions();
        model.Limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Role {RoleId} {Change}")]
    private static partial void LogRoleChanged(ILogger logger, string roleId, string change);
}
