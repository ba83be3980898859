using System.Globalization;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// Synthetic personnel records for the sample site and the web service's training environment: valid NIPs (birth date,
/// CPNS month, gender, sequence), a realistic mix of golongan, TMT and jabatan, superiors (atasan) inside each unit,
/// some civil servants within a year of their retirement age (BUP) and many four or more years in their golongan (due
/// for a regular promotion). The same seed, agency and reference date give the same records.
/// </summary>
public sealed class PersonnelSampleGenerator(DbContext db, IBulkInserter bulk)
{
    private static readonly string[] MaleNames = ["Agus", "Budi", "Joko", "Slamet", "Hendra", "Eko", "Bambang", "Dedi", "Rudi", "Wahyu", "Teguh", "Heru", "Andi", "Arif", "Yusuf", "Fajar", "Rizki", "Dimas", "Bayu", "Ahmad", "Imam", "Hadi", "Surya", "Gilang", "Irfan", "Nugroho", "Sigit", "Taufik", "Yoga", "Hasan"];
    private static readonly string[] FemaleNames = ["Sri", "Siti", "Dewi", "Rina", "Endang", "Wulan", "Ratna", "Yuni", "Lestari", "Fitri", "Nur", "Ani", "Dian", "Ayu", "Putri", "Intan", "Maya", "Rahma", "Indah", "Nita", "Kartika", "Wati", "Lina", "Sari", "Novi", "Ika", "Dwi", "Tri", "Eka", "Mega"];
    private static readonly string[] FamilyNames = ["Santoso", "Wibowo", "Susanto", "Pratama", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Purnomo", "Rahayu", "Handayani", "Wulandari", "Nugraha", "Permana", "Lubis", "Siregar", "Nasution", "Simanjuntak", "Harahap", "Sitompul", "Gunawan", "Sulistyo", "Prasetyo", "Hartono", "Suryadi", "Utami", "Anggraini", "Marpaung", "Tanjung", "Syahputra", "Kusuma", "Firmansyah", "Ramadhan", "Maulana", "Hakim"];
    private static readonly string[] RegionalUnits = ["Sekretariat Daerah", "Badan Kepegawaian Daerah", "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum", "Badan Perencanaan Pembangunan Daerah", "Dinas Perhubungan", "Dinas Sosial", "Inspektorat", "Rumah Sakit Umum Daerah", "Badan Pendapatan Daerah", "Dinas Pertanian"];
    private static readonly string[] CentralUnits = ["Sekretariat Jenderal", "Biro Sumber Daya Manusia", "Biro Keuangan", "Biro Umum", "Inspektorat", "Deputi Bidang Kebijakan", "Deputi Bidang Pelayanan Publik", "Pusat Data dan Informasi", "Pusat Pendidikan dan Pelatihan", "Biro Hukum"];
    private static readonly string[] Studies = ["Ilmu Administrasi Negara", "Manajemen", "Akuntansi", "Ilmu Hukum", "Teknik Sipil", "Teknik Informatika", "Ilmu Ekonomi", "Kesehatan Masyarakat", "Pendidikan", "Ilmu Pemerintahan"];

    private readonly Dictionary<PersonnelDataset, HashSet<string>> _taken = [];

    /// <summary>Writes <paramref name="count"/> records for the agency when it has none in the dataset yet; returns how many were written.</summary>
    public async Task<int> GenerateAsync(AgencyRecord agency, PersonnelDataset dataset, int count, int seed, DateOnly reference, CancellationToken cancellationToken)
    {
        if (count <= 0 || await db.Set<PersonnelRow>().AnyAsync(r => r.AgencyId == agency.Id && r.Dataset == dataset, cancellationToken))
        {
            return 0;
        }

        // NIPs are unique in a dataset across agencies: remember those taken (read once per dataset and generator).
        if (!_taken.TryGetValue(dataset, out var taken))
        {
            taken = new HashSet<string>(await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == dataset).Select(r => r.Nip).ToListAsync(cancellationToken), StringComparer.Ordinal);
            _taken[dataset] = taken;
        }

        var rows = Generate(agency, dataset, count, seed, reference, taken);
        await bulk.InsertAsync(db, rows, cancellationToken);
        return rows.Count;
    }

    /// <summary>The records themselves, without writing them (tests read them).</summary>
    public static List<PersonnelRow> Generate(AgencyRecord agency, PersonnelDataset dataset, int count, int seed, DateOnly reference, HashSet<string>? taken = null)
    {
        var random = new Random(seed ^ StableHash(agency.Code) ^ ((int)dataset * 7919));
        var central = agency.Kind == AgencyKind.Pusat;
        var units = central ? CentralUnits : RegionalUnits;
        var kppn = central ? "KPPN Jakarta II" : $"KPPN {(agency.Region.Length > 0 ? agency.Region : agency.Name)}";
        var used = taken ?? new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<PersonnelRow>(count);
        var baseUpdated = reference.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-730);

        // Each unit: a head, section heads under the head, staff under a section head.
        var perUnit = Math.Max(1, count / units.Length);
        var unitIndex = 0;
        while (rows.Count < count)
        {
            var unit = units[unitIndex % units.Length] + (unitIndex >= units.Length ? $" {unitIndex / units.Length + 1}" : "");
            unitIndex++;
            var size = Math.Min(perUnit, count - rows.Count);
            var end = rows.Count + size;
            var head = Person(JenisJabatan.PimpinanTinggi, null, $"Kepala {unit}", unit);
            var sections = new List<PersonnelRow>();
            for (var s = 0; s < Math.Min(4, (size - 1) / 2); s++)
            {
                sections.Add(Person(JenisJabatan.Administrator, head.Nip, $"Kepala Bagian {s + 1} {unit}", unit));
            }

            var supervisors = new List<PersonnelRow>();
            foreach (var section in sections)
            {
                if (rows.Count >= end)
                {
                    break;
                }

                supervisors.Add(Person(JenisJabatan.Pengawas, section.Nip, $"Kepala Subbagian {supervisors.Count + 1} {unit}", unit));
            }

            var bosses = supervisors.Count > 0 ? supervisors : sections.Count > 0 ? sections : [head];
            while (rows.Count < end)
            {
                var roll = random.Next(100);
                var jenis = roll switch
                {
                    < 50 => JenisJabatan.Pelaksana,
                    < 60 => JenisJabatan.FungsionalKeterampilan,
                    < 75 => JenisJabatan.FungsionalAhliPertama,
                    < 90 => JenisJabatan.FungsionalAhliMuda,
                    < 98 => JenisJabatan.FungsionalAhliMadya,
                    _ => JenisJabatan.FungsionalAhliUtama,
                };
                Person(jenis, bosses[random.Next(bosses.Count)].Nip, null, unit);
            }
        }

        RankSuperiorsAbove(rows);
        return rows;

        PersonnelRow Person(JenisJabatan jenis, string? atasan, string? title, string unit)
        {
            var bup = RetirementAge(jenis);

            // About 4% are within a year of their retirement age; the rest are 21 to BUP − 1.
            var retiringSoon = random.Next(100) < 4;
            var ageDays = retiringSoon
                ? (bup * 365) - random.Next(10, 360)
                : random.Next(jenis is JenisJabatan.PimpinanTinggi or JenisJabatan.Administrator ? 38 * 365 : 22 * 365, (bup - 1) * 365);
            var birth = reference.AddDays(-ageDays);
            var (education, entry, cap) = Education(jenis, random);
            var entryAge = random.Next(20, 33);
            var tmtCpns = new DateOnly(birth.Year + entryAge, random.Next(1, 13), 1);
            if (tmtCpns > reference.AddMonths(-13))
            {
                tmtCpns = new DateOnly(reference.Year - 2, 3, 1);
            }

            if (tmtCpns <= birth)
            {
                tmtCpns = new DateOnly(birth.Year + 20, 1, 1);
            }

            // A regular promotion every four to five years, up to the ceiling of the education and position.
            var rank = entry;
            var tmtGolongan = tmtCpns;
            while (rank < cap)
            {
                var next = tmtGolongan.AddYears(4).AddMonths(random.Next(0, 13));
                next = new DateOnly(next.Year, next.Month <= 4 ? 4 : 10, 1);
                if (next > reference)
                {
                    break;
                }

                rank++;
                tmtGolongan = next;
            }

            var gender = random.Next(100) < 52 ? '1' : '2';
            var prefix = $"{birth:yyyyMMdd}{tmtCpns:yyyyMM}{gender}";
            var sequence = random.Next(1, 400);
            var nip = prefix + sequence.ToString("000", CultureInfo.InvariantCulture);
            while (!used.Add(nip))
            {
                sequence = (sequence % 999) + 1;
                nip = prefix + sequence.ToString("000", CultureInfo.InvariantCulture);
            }

            var first = gender == '1' ? MaleNames[random.Next(MaleNames.Length)] : FemaleNames[random.Next(FemaleNames.Length)];
            var name = random.Next(3) == 0
                ? $"{first} {FamilyNames[random.Next(FamilyNames.Length)]}"
                : $"{first} {FamilyNames[random.Next(FamilyNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
            var row = new PersonnelRow
            {
                Nip = nip,
                Dataset = dataset,
                AgencyId = agency.Id,
                Name = dataset == PersonnelDataset.Training ? $"{name} (Latihan)" : name,
                BirthDate = birth,
                Gender = gender == '1' ? "L" : "P",
                Golongan = Golongan.All[rank - 1].Code,
                TmtGolongan = tmtGolongan,
                TmtCpns = tmtCpns,
                Jabatan = title ?? JabatanName(jenis, random),
                JenisJabatan = jenis,
                Unor = unit,
                Pendidikan = education,
                Agama = Religion(random),
                Kppn = kppn,
                AtasanNip = atasan,
                Status = random.Next(200) == 0 ? "CLTN" : "Aktif",
                UpdatedUtc = baseUpdated.AddMinutes(random.Next(0, 730 * 24 * 60)).AddSeconds(rows.Count % 60),
            };
            rows.Add(row);
            return row;
        }
    }

    /// <summary>
    /// Makes every superior rank above each subordinate's next rank (a superior is never outranked by someone due for a
    /// promotion under them, as in the real civil service): subordinates come after their superiors in the list, so a
    /// pass from the end raises a superior's golongan before that superior's own superior is checked.
    /// </summary>
    private static void RankSuperiorsAbove(List<PersonnelRow> rows)
    {
        var byNip = rows.ToDictionary(r => r.Nip, StringComparer.Ordinal);
        var top = Golongan.All.Count;
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var row = rows[i];
            if (row.AtasanNip is not { } atasan || !byNip.TryGetValue(atasan, out var boss))
            {
                continue;
            }

            var wanted = Math.Min(top, Rank(row.Golongan) + 1);
            if (Rank(boss.Golongan) < wanted)
            {
                boss.Golongan = Golongan.All[wanted - 1].Code;
            }
        }

        static int Rank(string code) => Golongan.Find(code)?.Rank ?? 1;
    }

    /// <summary>Retirement age (batas usia pensiun) by position, as the sample assumes it (docs/DOMAIN-RULES.md §4).</summary>
    public static int RetirementAge(JenisJabatan jenis) => jenis switch
    {
        JenisJabatan.PimpinanTinggi or JenisJabatan.FungsionalAhliMadya => 60,
        JenisJabatan.FungsionalAhliUtama => 65,
        _ => 58,
    };

    private static (string Education, int EntryRank, int CapRank) Education(JenisJabatan jenis, Random random)
    {
        var study = Studies[random.Next(Studies.Length)];
        return jenis switch
        {
            JenisJabatan.PimpinanTinggi => ($"S-2 {study}", 10, 16),
            JenisJabatan.Administrator => ($"S-2 {study}", 10, 14),
            JenisJabatan.Pengawas => ($"S-1 {study}", 9, 13),
            JenisJabatan.FungsionalKeterampilan => ($"D-III {study}", 7, 11),
            JenisJabatan.FungsionalAhliPertama => ($"S-1 {study}", 9, 10),
            JenisJabatan.FungsionalAhliMuda => ($"S-1 {study}", 9, 12),
            JenisJabatan.FungsionalAhliMadya => ($"S-2 {study}", 10, 15),
            JenisJabatan.FungsionalAhliUtama => ($"S-3 {study}", 11, 17),
            _ => random.Next(3) switch
            {
                0 => ("SLTA", 5, 8),
                1 => ($"D-III {study}", 7, 10),
                _ => ($"S-1 {study}", 9, 12),
            },
        };
    }

    private static string JabatanName(JenisJabatan jenis, Random random) => jenis switch
    {
        JenisJabatan.FungsionalKeterampilan => random.Next(2) == 0 ? "Pranata Komputer Terampil" : "Arsiparis Terampil",
        JenisJabatan.FungsionalAhliPertama => random.Next(2) == 0 ? "Analis Kepegawaian Ahli Pertama" : "Perencana Ahli Pertama",
        JenisJabatan.FungsionalAhliMuda => random.Next(2) == 0 ? "Analis Kepegawaian Ahli Muda" : "Auditor Ahli Muda",
        JenisJabatan.FungsionalAhliMadya => random.Next(2) == 0 ? "Analis Kepegawaian Ahli Madya" : "Widyaiswara Ahli Madya",
        JenisJabatan.FungsionalAhliUtama => "Widyaiswara Ahli Utama",
        _ => random.Next(4) switch
        {
            0 => "Pengadministrasi Umum",
            1 => "Pengelola Data Kepegawaian",
            2 => "Bendahara",
            _ => "Pengolah Data",
        },
    };

    private static string Religion(Random random) => random.Next(100) switch
    {
        < 85 => "Islam",
        < 92 => "Kristen",
        < 96 => "Katolik",
        < 98 => "Hindu",
        < 99 => "Buddha",
        _ => "Konghucu",
    };

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }
}
