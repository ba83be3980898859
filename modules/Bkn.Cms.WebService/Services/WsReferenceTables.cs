using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Api;
using Microsoft.Extensions.Caching.Memory;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// The reference tables of <c>GET /referensi/{tabel}</c>. Golongan and jenis jabatan are fixed; unor, pendidikan,
/// agama and KPPN are the values in use in the caller's own agency and dataset (kept five minutes per agency).
/// </summary>
public sealed class WsReferenceTables(IPersonnelRecords records, IMemoryCache cache)
{
    public static IReadOnlyList<string> Names { get; } = ["golongan", "jabatan", "unor", "pendidikan", "agama", "kppn"];

    private static readonly IReadOnlyList<ReferenceRowDto> JenisJabatanRows =
    [
        new(nameof(JenisJabatan.Pelaksana), "Jabatan Pelaksana"),
        new(nameof(JenisJabatan.Pengawas), "Jabatan Pengawas"),
        new(nameof(JenisJabatan.Administrator), "Jabatan Administrator"),
        new(nameof(JenisJabatan.PimpinanTinggi), "Jabatan Pimpinan Tinggi"),
        new(nameof(JenisJabatan.FungsionalKeterampilan), "Jabatan Fungsional Keterampilan"),
        new(nameof(JenisJabatan.FungsionalAhliPertama), "Jabatan Fungsional Ahli Pertama"),
        new(nameof(JenisJabatan.FungsionalAhliMuda), "Jabatan Fungsional Ahli Muda"),
        new(nameof(JenisJabatan.FungsionalAhliMadya), "Jabatan Fungsional Ahli Madya"),
        new(nameof(JenisJabatan.FungsionalAhliUtama), "Jabatan Fungsional Ahli Utama"),
    ];

    public async Task<IReadOnlyList<ReferenceRowDto>?> GetAsync(string table, Guid agencyId, PersonnelDataset dataset, CancellationToken cancellationToken)
    {
        switch (table)
        {
            case "golongan":
                return [.. Golongan.All.Select(g => new ReferenceRowDto(g.Code, g.Pangkat))];
            case "jabatan":
                return JenisJabatanRows;
            case "unor" or "pendidikan" or "agama" or "kppn":
                var values = await cache.GetOrCreateAsync((nameof(WsReferenceTables), agencyId, dataset), async entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
                    var sets = Names.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal));
                    await foreach (var r in records.StreamByAgencyAsync(agencyId, dataset, cancellationToken))
                    {
                        Add(sets["unor"], r.Unor);
                        Add(sets["pendidikan"], r.Pendidikan);
                        Add(sets["agama"], r.Agama);
                        Add(sets["kppn"], r.Kppn);
                    }

                    return sets;
                });
                return [.. values![table].Select(v => new ReferenceRowDto(v, v))];
            default:
                return null;
        }
    }

    private static void Add(SortedSet<string> set, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            set.Add(value.Trim());
        }
    }
}
