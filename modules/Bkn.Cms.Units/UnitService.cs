using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Units;

/// <summary>Creates, changes and removes units, keeping the tree valid (unique codes, no cycles, nothing orphaned).</summary>
public sealed class UnitService(ICmsDbContext db, IStateStamps stamps, TimeProvider time, IStringLocalizer t)
{
    /// <summary>Saves a unit; returns the error messages keyed by field, empty on success.</summary>
    public async Task<Dictionary<string, string>> SaveAsync(Guid? id, string code, string name, string kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        code = code.Trim();
        name = name.Trim();
        if (await db.Units.AnyAsync(u => u.Code == code && u.Id != id, cancellationToken))
        {
            errors["Code"] = t["Kode unit '{0}' sudah dipakai.", code];
        }

        if (parentId is { } parent)
        {
            if (!await db.Units.AnyAsync(u => u.Id == parent, cancellationToken))
            {
                errors["ParentId"] = t["Unit induk tidak ditemukan."];
            }
            else if (id is { } self && await IsSelfOrDescendantAsync(parent, self, cancellationToken))
            {
                errors["ParentId"] = t["Unit tidak dapat dipindahkan ke bawah dirinya sendiri."];
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        UnitRecord? row;
        if (id is { } existing)
        {
            row = await db.Units.FindAsync([existing], cancellationToken);
            if (row is null)
            {
                errors[""] = t["Unit kerja tidak ditemukan."];
                return errors;
            }
        }
        else
        {
            row = new UnitRecord { Id = Guid.NewGuid(), CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Units.Add(row);
        }

        row.Code = code;
        row.Name = name;
        row.Kind = kind.Trim();
        row.ParentId = parentId;
        await CommitAsync(cancellationToken);
        return errors;
    }

    /// <summary>Deletes a unit that has no sub-units and no users; returns an error message or null.</summary>
    public async Task<string?> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.ParentId == id, cancellationToken))
        {
            return t["Unit masih memiliki unit di bawahnya."];
        }

        if (await db.Users.AnyAsync(u => u.UnitId == id, cancellationToken))
        {
            return t["Unit masih memiliki pengguna. Pindahkan pengguna terlebih dahulu."];
        }

        var row = await db.Units.FindAsync([id], cancellationToken);
        if (row is null)
        {
            return t["Unit kerja tidak ditemukan."];
        }

        db.Units.Remove(row);
        await CommitAsync(cancellationToken);
        return null;
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.CommitAsync(db, transaction, StampNames.Units, cancellationToken);
    }

    private async Task<bool> IsSelfOrDescendantAsync(Guid candidate, Guid unitId, CancellationToken cancellationToken)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        Guid? current = candidate;
        var guard = 0;
        while (current is { } c && guard++ < 256)
        {
            if (c == unitId)
            {
                return true;
            }

            current = parents.GetValueOrDefault(c);
        }

        return false;
    }
}
