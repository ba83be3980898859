using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>A change to agency users that was refused; the message is Indonesian and shown to the user.</summary>
public sealed class AgencyUserException(string message) : Exception(message);

/// <summary>
/// Agency users: accounts that belong to an agency instead of a BKN unit. Creating one makes the account (without a
/// unit), gives it its roles and records the membership in one transaction; an existing account without a unit can be
/// assigned to an agency or released from it.
/// </summary>
public sealed class AgencyUsers(ICmsDbContext db, UserManager<CmsUser> users, IStateStamps stamps, IAuditTrail audit, AgencyDirectory directory, TimeProvider time)
{
    public async Task<CmsUser> CreateAsync(string userName, string displayName, string? email, string password, Guid agencyId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var agency = (await directory.GetAsync(cancellationToken)).Find(agencyId) ?? throw new AgencyUserException("Instansi tidak ditemukan.");
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(displayName))
        {
            throw new AgencyUserException("Nama pengguna dan nama lengkap wajib diisi.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new CmsUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(), UnitId = null, IsActive = true, CreatedUtc = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, password));
        if (roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        db.Set<AgencyMembership>().Add(new AgencyMembership { UserId = user.Id, AgencyId = agencyId, CreatedUtc = now });
        await audit.StageAsync(new AuditEvent(AuditCategories.Security, "agency-user.created", $"Pengguna instansi {user.UserName} dibuat untuk {agency.Name} dengan peran {string.Join(", ", roles)}"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Stamps.BumpAsync(db.Context, AgencyStamp.Name, cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Security, cancellationToken);
        return user;
    }

    /// <summary>Makes an existing account without a unit a user of the agency (or moves it to another agency).</summary>
    public async Task AssignAsync(string userId, Guid agencyId, CancellationToken cancellationToken)
    {
        var agency = (await directory.GetAsync(cancellationToken)).Find(agencyId) ?? throw new AgencyUserException("Instansi tidak ditemukan.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw new AgencyUserException("Pengguna tidak ditemukan.");
        if (user.UnitId is not null)
        {
            throw new AgencyUserException("Pengguna ini anggota unit kerja BKN. Pengguna instansi tidak memiliki unit: kosongkan unitnya di halaman Pengguna terlebih dahulu.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var membership = await db.Set<AgencyMembership>().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (membership is null)
        {
            db.Set<AgencyMembership>().Add(new AgencyMembership { UserId = userId, AgencyId = agencyId, CreatedUtc = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            membership.AgencyId = agencyId;
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Security, "agency-user.assigned", $"Pengguna {user.UserName} ditetapkan sebagai pengguna instansi {agency.Name}"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Stamps.BumpAsync(db.Context, StampNames.Security, cancellationToken);
        await stamps.CommitAsync(db, transaction, AgencyStamp.Name, cancellationToken);
    }

    /// <summary>Ends the membership: the account keeps its roles but, without unit and agency, holds nothing.</summary>
    public async Task ReleaseAsync(string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var membership = await db.Set<AgencyMembership>().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken) ?? throw new AgencyUserException("Pengguna ini bukan pengguna instansi.");
        db.Set<AgencyMembership>().Remove(membership);
        await audit.StageAsync(new AuditEvent(AuditCategories.Security, "agency-user.released", "Keanggotaan instansi seorang pengguna dicabut"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Stamps.BumpAsync(db.Context, StampNames.Security, cancellationToken);
        await stamps.CommitAsync(db, transaction, AgencyStamp.Name, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AgencyUserException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
