using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Agencies.Controllers;

/// <summary>The agency users page: members per agency, a new agency user, an existing account assigned or released.</summary>
public sealed class AgencyUsersViewModel
{
    public required IReadOnlyList<(string UserId, string UserName, string DisplayName, bool Active, AgencyInfo? Agency)> Members { get; init; }

    public required IReadOnlyList<string> AssignableRoles { get; init; }

    public bool AllAgencies { get; init; }

    public string? OwnAgencyCode { get; init; }
}

/// <summary>
/// Admin "Pengguna Instansi" (ManageAgencyUsers): BKN staff manage the users of every agency; an agency user holding the
/// permission manages their own agency's users. Roles offered are only those the manager could hand on.
/// </summary>
[RequirePermission(Permissions.ManageAgencyUsersName)]
[Route("admin/instansi/pengguna")]
public sealed class AgencyUsersController(ICmsDbContext db, IAgencyScopeService scopes, IAgencyDirectory directory, IPermissionService permissions, AgencyUsers agencyUsers, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencyUsers, cancellationToken);
        var snapshot = await directory.GetAsync(cancellationToken);
        var members = await (from m in db.Set<AgencyMembership>().AsNoTracking()
                             join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                             orderby u.UserName
                             select new { m.AgencyId, u.Id, u.UserName, u.DisplayName, u.IsActive }).ToListAsync(cancellationToken);
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return View(new AgencyUsersViewModel
        {
            Members = [.. members.Where(m => scope.Contains(m.AgencyId)).Select(m => (m.Id, m.UserName ?? "", m.DisplayName, m.IsActive, snapshot.Find(m.AgencyId)))],
            AssignableRoles = [.. roles.Where(r => limits.CanAssignRole(r.Id)).Select(r => r.Name!)],
            AllAgencies = scope.AllAgencies,
            OwnAgencyCode = scope.AllAgencies ? null : snapshot.Find(scope.AgencyIds.First())?.Code,
        });
    }

    [HttpPost("baru")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string? userName, string? displayName, string? email, string? password, string? agencyCode, string[]? roles, CancellationToken cancellationToken)
    {
        var agency = await AgencyInScopeAsync(agencyCode, cancellationToken);
        if (agency is null)
        {
            TempData["Error"] = t["Instansi tidak ditemukan atau di luar kewenangan Anda."].Value;
            return Redirect(AgenciesRoutes.Users);
        }

        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var known = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var chosen = (roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(r => known.FirstOrDefault(k => k.Name == r) is not { } role || !limits.CanAssignRole(role.Id)))
        {
            TempData["Error"] = t["Ada peran yang tidak dapat Anda berikan."].Value;
            return Redirect(AgenciesRoutes.Users);
        }

        if (string.IsNullOrEmpty(password))
        {
            TempData["Error"] = t["Kata sandi wajib diisi untuk pengguna baru."].Value;
            return Redirect(AgenciesRoutes.Users);
        }

        try
        {
            await agencyUsers.CreateAsync(userName ?? "", displayName ?? "", email, password, agency.Id, chosen, cancellationToken);
            TempData["Success"] = t["Pengguna instansi {0} dibuat untuk {1}.", userName ?? "", agency.Name].Value;
        }
        catch (AgencyUserException ex)
        {
            TempData["Error"] = t["Pengguna tidak dibuat: {0}", ex.Message].Value;
        }

        return Redirect(AgenciesRoutes.Users);
    }

    [HttpPost("tetapkan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign(string? userName, string? agencyCode, CancellationToken cancellationToken)
    {
        var agency = await AgencyInScopeAsync(agencyCode, cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == (userName ?? "").Trim(), cancellationToken);
        if (agency is null || user is null)
        {
            TempData["Error"] = t["Pengguna atau instansi tidak ditemukan, atau di luar kewenangan Anda."].Value;
            return Redirect(AgenciesRoutes.Users);
        }

        // A manager may not take over an account holding more than they could give.
        var limits = await permissions.GetGrantLimitsAsync(User, cancellationToken);
        var roleIds = await db.UserRoles.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(cancellationToken);
        if (!roleIds.All(limits.CanAssignRole) || !await MemberInScopeAsync(user.Id, allowNone: true, cancellationToken))
        {
            TempData["Error"] = t["Pengguna ini di luar kewenangan Anda."].Value;
            return Redirect(AgenciesRoutes.Users);
        }

        try
        {
            await agencyUsers.AssignAsync(user.Id, agency.Id, cancellationToken);
            TempData["Success"] = t["{0} sekarang pengguna instansi {1}.", user.UserName!, agency.Name].Value;
        }
        catch (AgencyUserException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return Redirect(AgenciesRoutes.Users);
    }

    [HttpPost("{userId}/lepas")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Release(string userId, CancellationToken cancellationToken)
    {
        if (!await MemberInScopeAsync(userId, allowNone: false, cancellationToken))
        {
            return NotFound();
        }

        await agencyUsers.ReleaseAsync(userId, cancellationToken);
        TempData["Success"] = t["Keanggotaan instansi dicabut."].Value;
        return Redirect(AgenciesRoutes.Users);
    }

    private async Task<AgencyInfo?> AgencyInScopeAsync(string? code, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencyUsers, cancellationToken);
        return (await directory.GetAsync(cancellationToken)).FindByCode(code) is { } agency && scope.Contains(agency.Id) ? agency : null;
    }

    private async Task<bool> MemberInScopeAsync(string userId, bool allowNone, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencyUsers, cancellationToken);
        var membership = await db.Set<AgencyMembership>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        return membership is null ? allowNone && scope.AllAgencies : scope.Contains(membership.AgencyId);
    }
}
