using System.Globalization;
using System.Runtime.CompilerServices;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Audit;
using Bkn.Cms.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>The personnel records of the agencies (production and training), read and corrected through the contract.</summary>
public sealed class PersonnelRecords(DbContext db, IAuditTrail audit, TimeProvider time) : IPersonnelRecords
{
    public const int MaxPage = 1000;

    public static readonly IReadOnlyList<string> Statuses = ["Aktif", "CLTN", "Pensiun", "Meninggal", "Diberhentikan"];

    public async Task<PersonnelRecord?> FindAsync(string nip, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default)
    {
        var key = nip?.Trim() ?? "";
        var row = await db.Set<PersonnelRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Dataset == dataset && r.Nip == key, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<PersonnelRecord>> FindManyAsync(IReadOnlyCollection<string> nips, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default)
    {
        var result = new List<PersonnelRecord>(nips.Count);
        foreach (var chunk in nips.Select(n => n.Trim()).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == dataset && chunk.Contains(r.Nip)).ToListAsync(cancellationToken);
            result.AddRange(rows.Select(r => r.ToRecord()));
        }

        return result;
    }

    public async IAsyncEnumerable<PersonnelRecord> StreamByAgencyAsync(Guid agencyId, PersonnelDataset dataset = PersonnelDataset.Production, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Read in NIP-ordered pages so no connection is held by a slow consumer and memory stays flat.
        string? after = null;
        while (true)
        {
            var query = db.Set<PersonnelRow>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.Dataset == dataset && r.Status == "Aktif");
            if (after is not null)
            {
                query = query.Where(r => string.Compare(r.Nip, after) > 0);
            }

            var page = await query.OrderBy(r => r.Nip).Take(2000).ToListAsync(cancellationToken);
            foreach (var row in page)
            {
                yield return row.ToRecord();
            }

            if (page.Count < 2000)
            {
                yield break;
            }

            after = page[^1].Nip;
        }
    }

    public async Task<IReadOnlyList<PersonnelRecord>> ChangesAsync(
        Guid agencyId,
        PersonnelDataset dataset,
        string? unor,
        DateTime? updatedSince,
        PersonnelKeyset? after,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var query = db.Set<PersonnelRow>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.Dataset == dataset);
        if (!string.IsNullOrWhiteSpace(unor))
        {
            var u = unor.Trim();
            query = query.Where(r => r.Unor == u);
        }

        if (updatedSince is { } since)
        {
            query = query.Where(r => r.UpdatedUtc >= since);
        }

        if (after is { } k)
        {
            query = query.Where(r => r.UpdatedUtc > k.UpdatedUtc || (r.UpdatedUtc == k.UpdatedUtc && string.Compare(r.Nip, k.Nip) > 0));
        }

        var rows = await query.OrderBy(r => r.UpdatedUtc).ThenBy(r => r.Nip).Take(Math.Clamp(limit, 1, MaxPage)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<PersonnelRecord> ApplyCorrectionAsync(string nip, IReadOnlyDictionary<string, string?> changes, string actorUserId, string reason, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            throw new PersonnelCorrectionException("Tidak ada data yang diubah.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PersonnelCorrectionException("Alasan perbaikan wajib diisi.");
        }

        var key = nip?.Trim() ?? "";
        var row = await db.Set<PersonnelRow>().FirstOrDefaultAsync(r => r.Dataset == PersonnelDataset.Production && r.Nip == key, cancellationToken)
            ?? throw new PersonnelCorrectionException("Data PNS dengan NIP tersebut tidak ditemukan.");

        // Validate everything before touching the row: an invalid field changes nothing.
        var applied = new List<(string Field, string? Old, string? New)>();
        var copy = Clone(row);
        foreach (var (field, value) in changes)
        {
            var old = Read(copy, field);
            Write(copy, field, value?.Trim());
            var @new = Read(copy, field);
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                applied.Add((field, old, @new));
            }
        }

        if (applied.Count == 0)
        {
            return row.ToRecord();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            foreach (var (field, _, value) in applied)
            {
                Write(row, field, value);
            }

            row.UpdatedUtc = now > row.UpdatedUtc ? now : row.UpdatedUtc.AddTicks(10);
            foreach (var (field, old, value) in applied)
            {
                db.Add(new PersonnelCorrection
                {
                    Nip = row.Nip,
                    Dataset = row.Dataset,
                    AgencyId = row.AgencyId,
                    Field = field,
                    OldValue = old,
                    NewValue = value,
                    ActorUserId = actorUserId,
                    Reason = reason.Trim(),
                    CorrectedUtc = now,
                });
            }

            var summary = $"Perbaikan data PNS {NipRules.Mask(row.Nip)}: " + string.Join("; ", applied.Select(a => $"{a.Field}: '{a.Old}' → '{a.New}'")) + $". Alasan: {reason.Trim()}";
            await audit.StageAsync(new AuditEvent(AuditCategories.Content, "personnel.corrected", summary[..Math.Min(summary.Length, 1000)]) { UserId = actorUserId }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        return row.ToRecord();
    }

    private static PersonnelRow Clone(PersonnelRow r) => new()
    {
        Nip = r.Nip,
        Dataset = r.Dataset,
        AgencyId = r.AgencyId,
        Name = r.Name,
        BirthDate = r.BirthDate,
        Gender = r.Gender,
        Golongan = r.Golongan,
        TmtGolongan = r.TmtGolongan,
        TmtCpns = r.TmtCpns,
        Jabatan = r.Jabatan,
        JenisJabatan = r.JenisJabatan,
        Unor = r.Unor,
        Pendidikan = r.Pendidikan,
        Agama = r.Agama,
        Kppn = r.Kppn,
        AtasanNip = r.AtasanNip,
        Status = r.Status,
        UpdatedUtc = r.UpdatedUtc,
    };

    private static string? Read(PersonnelRow r, string field) => field switch
    {
        PersonnelFields.Name => r.Name,
        PersonnelFields.Golongan => r.Golongan,
        PersonnelFields.TmtGolongan => r.TmtGolongan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PersonnelFields.Jabatan => r.Jabatan,
        PersonnelFields.JenisJabatan => r.JenisJabatan.ToString(),
        PersonnelFields.Unor => r.Unor,
        PersonnelFields.Pendidikan => r.Pendidikan,
        PersonnelFields.Kppn => r.Kppn,
        PersonnelFields.AtasanNip => r.AtasanNip,
        PersonnelFields.Status => r.Status,
        _ => throw new PersonnelCorrectionException($"Kolom '{field}' tidak dapat diperbaiki."),
    };

    /// <summary>Sets one field after checking its value; throws <see cref="PersonnelCorrectionException"/> on a bad one.</summary>
    internal static void Write(PersonnelRow r, string field, string? value)
    {
        string Required(int max, string label) =>
            string.IsNullOrWhiteSpace(value) ? throw new PersonnelCorrectionException($"{label} wajib diisi.")
            : value.Length > max ? throw new PersonnelCorrectionException($"{label} paling panjang {max} karakter.")
            : value;

        switch (field)
        {
            case PersonnelFields.Name:
                r.Name = Required(200, "Nama");
                break;
            case PersonnelFields.Golongan:
                r.Golongan = Golongan.Find(value)?.Code ?? throw new PersonnelCorrectionException("Golongan tidak dikenal (contoh: III/a).");
                break;
            case PersonnelFields.TmtGolongan:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tmt))
                {
                    throw new PersonnelCorrectionException("TMT golongan harus tanggal dengan format TTTT-BB-HH.");
                }

                if (tmt < r.TmtCpns)
                {
                    throw new PersonnelCorrectionException("TMT golongan tidak boleh sebelum TMT CPNS.");
                }

                r.TmtGolongan = tmt;
                break;
            case PersonnelFields.Jabatan:
                r.Jabatan = Required(200, "Jabatan");
                break;
            case PersonnelFields.JenisJabatan:
                r.JenisJabatan = Enum.TryParse<JenisJabatan>(value, true, out var jenis) && Enum.IsDefined(jenis) && !int.TryParse(value, out _)
                    ? jenis
                    : throw new PersonnelCorrectionException("Jenis jabatan tidak dikenal.");
                break;
            case PersonnelFields.Unor:
                r.Unor = Required(200, "Unit organisasi");
                break;
            case PersonnelFields.Pendidikan:
                r.Pendidikan = Required(200, "Pendidikan");
                break;
            case PersonnelFields.Kppn:
                r.Kppn = Required(80, "KPPN");
                break;
            case PersonnelFields.AtasanNip:
                if (string.IsNullOrEmpty(value))
                {
                    r.AtasanNip = null;
                    break;
                }

                if (!NipRules.TryParse(value, out _, out var error))
                {
                    throw new PersonnelCorrectionException("NIP atasan: " + error);
                }

                if (value == r.Nip)
                {
                    throw new PersonnelCorrectionException("Atasan tidak boleh PNS itu sendiri.");
                }

                r.AtasanNip = value;
                break;
            case PersonnelFields.Status:
                r.Status = Statuses.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
                    ?? throw new PersonnelCorrectionException("Status tidak dikenal (Aktif, CLTN, Pensiun, Meninggal, Diberhentikan).");
                break;
            default:
                throw new PersonnelCorrectionException($"Kolom '{field}' tidak dapat diperbaiki.");
        }
    }
}
