using System.Globalization;
using Bkn.Cms.Agencies;
using Bkn.Cms.Audit;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>A data item the agency reconciles: its code, label, group, and the shared record field it changes (null: the module's own data).</summary>
public sealed record RekonField(string Code, string Label, bool Kpo, string? SharedField, string Hint);

/// <summary>
/// Reconciliation: the agency confirms a line of the nominative list or proposes a correction of one data item with a
/// supporting document; BKN accepts (shared fields through IPersonnelRecords, audited; the rules run again) or refuses
/// with a reason.
/// </summary>
public sealed class ReconciliationService(DbContext db, IPersonnelRecords records, NominativeGenerator generator, KpoRules rules, KpoFileStore files, IAuditTrail audit, TimeProvider time)
{
    public static IReadOnlyList<RekonField> Fields { get; } =
    [
        new("unor", "Unit organisasi (unor)", true, PersonnelFields.Unor, "Nama unit organisasi"),
        new("jabatan", "Jabatan (JFU)", true, PersonnelFields.Jabatan, "Nama jabatan"),
        new("hukdis", "Hukuman disiplin", true, null, "\"tidak ada\", atau tingkat dan tanggal: \"sedang 2024-01-01 2025-01-01\""),
        new("skp", "SKP", true, null, "Tahun dan nilai 0–100: \"2024=85\""),
        new("atasan", "Atasan langsung", true, PersonnelFields.AtasanNip, "NIP atasan langsung (18 angka)"),
        new("pendidikan", "Pendidikan", true, PersonnelFields.Pendidikan, "Pendidikan tertinggi, mis. \"S-1 Ilmu Administrasi Negara\""),
        new("golongan", "Golongan", true, PersonnelFields.Golongan, "Golongan ruang, mis. \"III/b\""),
        new("kppn", "KPPN", true, PersonnelFields.Kppn, "Nama KPPN pembayar gaji"),
        new("pasangan", "Suami/istri", false, null, "Nama suami/istri (kosongkan dengan \"-\")"),
        new("pmk", "Peninjauan masa kerja (PMK)", false, null, "Jumlah bulan masa kerja yang diakui"),
        new("golongan-ppo", "Golongan", false, PersonnelFields.Golongan, "Golongan ruang, mis. \"III/b\""),
        new("anak", "Anak", false, null, "Jumlah anak yang tercatat"),
        new("alamat", "Alamat pensiun", false, null, "Alamat lengkap setelah pensiun"),
        new("foto", "Foto", false, null, "\"ada\" (unggah pas foto sebagai dokumen pendukung)"),
    ];

    private static readonly ChecklistItem Supporting = new("dukung", "Dokumen pendukung");

    public static RekonField? Field(string? code) => Fields.FirstOrDefault(f => f.Code == code);

    public async Task ConfirmAsync(KpoNominatif item, KpoActor actor, CancellationToken cancellationToken)
    {
        item.Status = NominatifStatus.Dikonfirmasi;
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.nominatif.confirmed", $"Data nominatif #{item.Id} periode {item.Period:yyyy-MM-dd} dikonfirmasi instansi") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Checks and normalises a new value; throws <see cref="KpoException"/> with the reason.</summary>
    public async Task<string> CheckValueAsync(RekonField field, KpoNominatif item, string? raw, CancellationToken cancellationToken)
    {
        var value = raw?.Trim() ?? "";
        if (value.Length == 0)
        {
            throw new KpoException($"Nilai baru untuk {field.Label} wajib diisi.");
        }

        if (value.Length > 500)
        {
            throw new KpoException($"Nilai baru untuk {field.Label} paling panjang 500 karakter.");
        }

        switch (field.Code)
        {
            case "golongan" or "golongan-ppo":
                return Agencies.Golongan.Find(value)?.Code ?? throw new KpoException($"Golongan \"{value}\" tidak dikenal (I/a sampai IV/e).");
            case "skp":
                ParseSkp(value, item.Period);
                return value;
            case "hukdis":
                ParseHukdis(value);
                return value;
            case "atasan":
                if (KpoRules.CheckNip(value, null) is { } nipError)
                {
                    throw new KpoException("NIP atasan: " + nipError);
                }

                var atasan = await records.FindAsync(value, PersonnelDataset.Production, cancellationToken) ?? throw new KpoException("NIP atasan tidak ditemukan pada data kepegawaian.");
                if (item.GolonganBaru is { } proposed && KpoRules.CheckAtasan(proposed, atasan.Golongan) is { } rank)
                {
                    throw new KpoException(rank);
                }

                return value;
            case "pmk" or "anak":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 600
                    ? n.ToString(CultureInfo.InvariantCulture)
                    : throw new KpoException($"{field.Label} harus bilangan bulat 0 atau lebih.");
            case "foto":
                return value.Equals("ada", StringComparison.OrdinalIgnoreCase) ? "ada" : throw new KpoException("Isi \"ada\" dan unggah pas foto sebagai dokumen pendukung.");
            default:
                return value;
        }
    }

    public async Task<KpoKoreksi> ProposeAsync(KpoNominatif item, string fieldCode, string? newValue, string? keterangan, string fileName, byte[] document, KpoActor actor, CancellationToken cancellationToken)
    {
        var field = Field(fieldCode) ?? throw new KpoException("Data yang dikoreksi tidak dikenal.");
        if (field.Kpo != Checklists.IsKp(item.Jenis))
        {
            throw new KpoException($"{field.Label} bukan data rekonsiliasi untuk {(Checklists.IsKp(item.Jenis) ? "KPO" : "PPO")}.");
        }

        var value = await CheckValueAsync(field, item, newValue, cancellationToken);
        var contentType = DocumentSignatures.Detect(document);
        if (DocumentSignatures.Check(field.Code == "foto" ? Supporting with { Photo = true, Name = "Pas foto" } : Supporting, fileName, document, rules.Options) is { } docError)
        {
            throw new KpoException(docError);
        }

        var record = await records.FindAsync(item.Nip, PersonnelDataset.Production, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var path = await files.SaveDocumentAsync(document, contentType!, now, cancellationToken);
        try
        {
            var koreksi = new KpoKoreksi
            {
                AgencyId = item.AgencyId,
                Period = item.Period,
                Nip = item.Nip,
                Field = field.Code,
                OldValue = Truncate(await OldValueAsync(field, record, item, cancellationToken)),
                NewValue = value,
                Keterangan = Truncate(keterangan?.Trim() ?? "", 1000)!,
                DocumentPath = path,
                DocumentType = contentType!,
                Status = KoreksiStatus.Diajukan,
                CreatedBy = actor.UserId,
                CreatedUtc = now,
            };
            db.Add(koreksi);
            item.Status = NominatifStatus.Dikoreksi;
            await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.koreksi.proposed", $"Koreksi {field.Label} diajukan untuk data nominatif #{item.Id}") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return koreksi;
        }
        catch
        {
            files.Delete(path);
            throw;
        }
    }

    /// <summary>BKN's decision on a correction: accepted ones change the data and re-run the rules, all in one transaction.</summary>
    public async Task DecideAsync(KpoKoreksi koreksi, bool accept, string? reason, KpoActor actor, CancellationToken cancellationToken)
    {
        if (koreksi.Status != KoreksiStatus.Diajukan)
        {
            throw new KpoException("Koreksi ini sudah diputuskan.");
        }

        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            throw new KpoException("Alasan penolakan koreksi wajib diisi.");
        }

        var field = Field(koreksi.Field) ?? throw new KpoException("Data yang dikoreksi tidak dikenal.");
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            koreksi.Status = accept ? KoreksiStatus.Diterima : KoreksiStatus.Ditolak;
            koreksi.AlasanTolak = accept ? null : Truncate(reason!.Trim(), 1000);
            koreksi.DecidedBy = actor.UserId;
            koreksi.DecidedUtc = time.GetUtcNow().UtcDateTime;
            if (accept)
            {
                if (field.SharedField is { } shared)
                {
                    try
                    {
                        await records.ApplyCorrectionAsync(koreksi.Nip, new Dictionary<string, string?> { [shared] = koreksi.NewValue }, actor.UserId, $"Koreksi rekonsiliasi KPO/PPO #{koreksi.Id}", cancellationToken);
                    }
                    catch (PersonnelCorrectionException e)
                    {
                        throw new KpoException(e.Message);
                    }
                }
                else
                {
                    await ApplyOwnAsync(koreksi, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await generator.RecomputeAsync(koreksi.Nip, koreksi.Period, cancellationToken);
            }

            await audit.StageAsync(new AuditEvent(AuditCategories.Content, accept ? "kpo.koreksi.accepted" : "kpo.koreksi.refused", $"Koreksi #{koreksi.Id} ({field.Label}) {(accept ? "diterima" : "ditolak")}; nilai lama \"{koreksi.OldValue}\", nilai baru \"{koreksi.NewValue}\"") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        });
    }

    private async Task ApplyOwnAsync(KpoKoreksi k, CancellationToken cancellationToken)
    {
        switch (k.Field)
        {
            case "skp":
                var (year, score) = ParseSkp(k.NewValue, k.Period);
                var row = await db.Set<KpoSkp>().FirstOrDefaultAsync(s => s.Nip == k.Nip && s.Year == year, cancellationToken);
                if (row is null)
                {
                    db.Add(new KpoSkp { Nip = k.Nip, Year = year, Score = score });
                }
                else
                {
                    row.Score = score;
                }

                break;
            case "hukdis":
                var h = ParseHukdis(k.NewValue);
                var active = await db.Set<KpoHukdis>().Where(x => x.Nip == k.Nip).ToListAsync(cancellationToken);
                db.RemoveRange(active.Where(x => x.End is null || x.End > k.Period));
                if (h is not null)
                {
                    db.Add(new KpoHukdis { Nip = k.Nip, Level = h.Level, Start = h.Start, End = h.End, Keterangan = $"Koreksi #{k.Id}" });
                }

                break;
            default:
                var fam = await db.Set<KpoKeluarga>().FirstOrDefaultAsync(x => x.Nip == k.Nip, cancellationToken);
                if (fam is null)
                {
                    fam = new KpoKeluarga { Nip = k.Nip };
                    db.Add(fam);
                }

                switch (k.Field)
                {
                    case "pasangan": fam.Pasangan = k.NewValue == "-" ? "" : k.NewValue; break;
                    case "pmk": fam.PmkBulan = int.Parse(k.NewValue, CultureInfo.InvariantCulture); break;
                    case "anak": fam.JumlahAnak = int.Parse(k.NewValue, CultureInfo.InvariantCulture); break;
                    case "alamat": fam.AlamatPensiun = k.NewValue; break;
                    case "foto": fam.FotoAda = true; break;
                }

                break;
        }
    }

    private async Task<string?> OldValueAsync(RekonField field, PersonnelRecord? record, KpoNominatif item, CancellationToken cancellationToken)
    {
        switch (field.Code)
        {
            case "unor": return record?.Unor;
            case "jabatan": return record?.Jabatan;
            case "atasan": return record?.AtasanNip;
            case "pendidikan": return record?.Pendidikan;
            case "golongan" or "golongan-ppo": return record?.Golongan;
            case "kppn": return record?.Kppn;
            case "skp": return $"{item.Period.Year - 2}={item.Skp1?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {item.Period.Year - 1}={item.Skp2?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
            case "hukdis": return item.HukdisAktif ? "ada hukuman disiplin aktif" : "tidak ada";
        }

        var fam = await db.Set<KpoKeluarga>().AsNoTracking().FirstOrDefaultAsync(x => x.Nip == item.Nip, cancellationToken);
        return field.Code switch
        {
            "pasangan" => fam?.Pasangan,
            "pmk" => fam?.PmkBulan.ToString(CultureInfo.InvariantCulture),
            "anak" => fam?.JumlahAnak.ToString(CultureInfo.InvariantCulture),
            "alamat" => fam?.AlamatPensiun,
            "foto" => fam?.FotoAda == true ? "ada" : "belum ada",
            _ => null,
        };
    }

    /// <summary>"2024=85": the year (one of the years the rules read, or the one before) and a score 0–100.</summary>
    public static (int Year, int Score) ParseSkp(string value, DateOnly period)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            throw new KpoException("Tulis SKP sebagai tahun=nilai, mis. \"2024=85\".");
        }

        if (year < period.Year - 3 || year >= period.Year)
        {
            throw new KpoException($"Tahun SKP harus antara {period.Year - 3} dan {period.Year - 1}.");
        }

        return KpoRules.CheckSkp(score) is { } error ? throw new KpoException(error) : (year, score);
    }

    /// <summary>"tidak ada" (null), or "sedang 2024-01-01 [2025-01-01]".</summary>
    public static HukdisFact? ParseHukdis(string value)
    {
        if (value.Equals("tidak ada", StringComparison.OrdinalIgnoreCase) || value == "-")
        {
            return null;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || !Enum.TryParse<HukdisLevel>(parts[0], true, out var level) || int.TryParse(parts[0], out _)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new KpoException("Tulis hukuman disiplin sebagai \"tidak ada\" atau \"tingkat mulai [selesai]\", mis. \"sedang 2024-01-01 2025-01-01\" (tingkat: ringan, sedang, berat).");
        }

        DateOnly? end = null;
        if (parts.Length == 3)
        {
            if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) || e <= start)
            {
                throw new KpoException("Tanggal selesai hukuman disiplin harus tanggal (TTTT-BB-HH) sesudah tanggal mulai.");
            }

            end = e;
        }

        return new HukdisFact(level, start, end);
    }

    private static string? Truncate(string? s, int max = 500) => s is null || s.Length <= max ? s : s[..max];
}
