using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.Units;
using Bkn.Cms.Users.SignIn;
using Bkn.Cms.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Users.Controllers;

/// <summary>Admin "Pengguna": users of the units the current user may manage.</summary>
[RequirePermission(Permissions.ManageUsersName)]
[Route("admin/pengguna")]
public sealed class UsersController(
    ICmsDbContext db,
    UserManager<CmsUser> users,
    IPermissionService permissions,
    SignInThrottle throttle,
    IUnitTree unitTree,
    IStateStamps stamps,
    IAuditTrail audit,
    IUserEvents userEvents,
    TimeProvider time,
    IStringLocalizer t) : Controller
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Guid? unit, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUsers, cancellationToken);
        var tree = await unitTree.GetAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (!scope.AllUnits)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value));
        }

        if (unit is { } unitId)
        {
            var subtree = tree.Subtree(unitId).ToList();
            query = query.Where(u => u.UnitId != null && subtree.Contains(u.UnitId.Value));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.IsActive, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids2 = rows.Select(r => r.Id).ToList();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ids2.Contains(ur.UserId)
                               select new { ur.UserId, ur.RoleId, r.Name }).ToListAsync(cancellationToken);
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var now = time.GetUtcNow();
        var model = new UserListViewModel(
            [.. rows.Select(r => new UserRow(
                r.Id,
                r.UserName ?? "",
                r.DisplayName,
                r.UnitId is { } u ? tree.Find(u)?.Name : null,
                [.. roleNames.Where(n => n.UserId == r.Id).Select(n => n.Name!).Order(StringComparer.Ordinal)],
                r.IsActive,
                (r.LockoutEnd is { } end && end > now) || throttle.IsLockedOutAnywhere(r.Id),
                roleNames.Where(n => n.UserId == r.Id).All(n => limits.CanAssignRole(n.RoleId))))],
            q,
            unit,
            page,
            pageCount,
            total,
            [.. tree.DepthFirst().Where(u => scope.Contains(u.Id))]);
        return View(model);
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FillAsync(new UserEditViewModel(), cancellationToken));

    [HttpPost("baru")]
    public async Task<IActionResult> Create(UserEditViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), t["Kata sandi wajib diisi untuk pengguna baru."]);
        }

        await ValidateScopeAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await FillAsync(model, cancellationToken));
        }

        var user = new CmsUser { UserName = model.UserName.Trim(), CreatedUtc = time.GetUtcNow().UtcDateTime };
        Apply(user, model);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!AddErrors(await users.CreateAsync(user, model.Password!)) || !AddErrors(await users.AddToRolesAsync(user, model.Roles)))
        {
            await transaction.RollbackAsync(cancellationToken);
            return View("Edit", await FillAsync(model, cancellationToken));
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "user.created", $"Pengguna {user.UserName} dibuat dengan peran {string.Join(", ", model.Roles)}") { UnitId = user.UnitId }, cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Security, cancellationToken);
        await userEvents.CreatedAsync(user, cancellationToken);
        TempData["Success"] = t["Pengguna {0} berhasil dibuat.", user.UserName!].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await FindInScopeAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        if (await BeyondReachAsync(user, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var model = new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName ?? "",
            DisplayName = user.DisplayName,
            Email = user.Email,
            UnitId = user.UnitId,
            IsActive = user.IsActive,
            Roles = [.. await users.GetRolesAsync(user)],
            IsLockedOut = await users.IsLockedOutAsync(user) || throttle.IsLockedOutAnywhere(user.Id),
        };
        return View(await FillAsync(model, cancellationToken));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await FindInScopeAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        if (await BeyondReachAsync(user, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        model.Id = id;
        await ValidateScopeAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FillAsync(model, cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.UserName = model.UserName.Trim();
        Apply(user, model);
        var ok = AddErrors(await users.UpdateAsync(user));
        if (ok)
        {
            var current = await users.GetRolesAsync(user);
            ok = AddErrors(await users.RemoveFromRolesAsync(user, current.Except(model.Roles)))
                && AddErrors(await users.AddToRolesAsync(user, model.Roles.Except(current)));
        }

        if (ok && !string.IsNullOrEmpty(model.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            ok = AddErrors(await users.ResetPasswordAsync(user, token, model.Password), nameof(model.Password));
        }

        if (!ok)
        {
            await transaction.RollbackAsync(cancellationToken);
            return View(await FillAsync(model, cancellationToken));
        }

        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Security, "user.updated", $"Pengguna {user.UserName} diubah: peran {string.Join(", ", model.Roles)}, {(user.IsActive ? "aktif" : "nonaktif")}{(string.IsNullOrEmpty(model.Password) ? "" : ", kata sandi diatur ulang")}") { UnitId = user.UnitId },
            cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Security, cancellationToken);
        TempData["Success"] = t["Perubahan pengguna {0} disimpan.", user.UserName!].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/buka-kunci")]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        var user = await FindInScopeAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Reset(user.Id);
        TempData["Success"] = t["Kunci akun {0} dibuka.", user.UserName!].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<CmsUser?> FindInScopeAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUsers, cancellationToken);
        return scope.Contains(user.UnitId) ? user : null;
    }

    private async Task ValidateScopeAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUsers, cancellationToken);
        if (model.UnitId is { } unitId && !scope.Contains(unitId))
        {
            ModelState.AddModelError(nameof(model.UnitId), t["Anda tidak berwenang mengelola pengguna di unit ini."]);
        }

        // Nobody hands on more than they hold: every permission of every role given, at least as widely as the role
        // grants it. The account itself lies inside the manager's units (checked above), so scopes cannot grow either.
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        foreach (var role in model.Roles.Distinct(StringComparer.Ordinal))
        {
            var found = roles.FirstOrDefault(r => r.Name == role);
            if (found is null)
            {
                ModelState.AddModelError(nameof(model.Roles), t["Peran '{0}' tidak dikenal.", role]);
            }
            else if (!limits.CanAssignRole(found.Id))
            {
                ModelState.AddModelError(nameof(model.Roles), t["Anda tidak dapat memberikan peran {0}: peran itu memuat izin yang tidak Anda pegang, atau untuk cakupan yang lebih luas dari cakupan Anda.", role]);
            }
        }
    }

    /// <summary>
    /// Refuses to change an account that holds a role the current user could not give: a unit-level manager must not
    /// reset the password of, or otherwise take over, an account with more power than their own.
    /// </summary>
    private async Task<IActionResult?> BeyondReachAsync(CmsUser user, CancellationToken cancellationToken)
    {
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var roleIds = await db.UserRoles.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(cancellationToken);
        if (roleIds.All(limits.CanAssignRole))
        {
            return null;
        }

        TempData["Error"] = t["Pengguna {0} memegang peran dengan izin yang lebih luas dari izin Anda, sehingga tidak dapat Anda ubah.", user.UserName!].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<UserEditViewModel> FillAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ManageUsers, cancellationToken);
        var tree = await unitTree.GetAsync(cancellationToken);
        model.AvailableUnits = [.. tree.DepthFirst().Where(u => scope.Contains(u.Id))];
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        model.AvailableRoles = [.. roles.Where(r => limits.CanAssignRole(r.Id)).Select(r => r.Name!)];
        model.Password = null;
        return model;
    }

    private static void Apply(CmsUser user, UserEditViewModel model)
    {
        user.DisplayName = model.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim();
        user.UnitId = model.UnitId;
        user.IsActive = model.IsActive;
    }

    private bool AddErrors(IdentityResult result, string key = "")
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(key, error.Description);
        }

        return result.Succeeded;
    }
}
