using System.Globalization;
using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Recipes;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Sop.Recipes;

/// <summary>The recipe step's model.</summary>
public sealed class SopStepModel
{
    public Dictionary<string, List<string>> JobTitlesByKind { get; set; } = [];

    public Dictionary<string, List<string>> JobTitles { get; set; } = [];

    public List<SopMeetingModel> Meetings { get; set; } = [];

    public int AssessmentYear { get; set; }

    public Dictionary<string, List<string>> Assessments { get; set; } = [];

    public bool GenerateRegister { get; set; }
}

public sealed class SopMeetingModel
{
    public string Unit { get; set; } = "";

    public DateOnly Date { get; set; }

    public int Sops { get; set; }
}

/// <summary>
/// <c>{"name":"Sop","jobTitlesByKind":{kind:[titles]},"jobTitles":{unitCode:[titles]},"meetings":[{"unit","date","sops"}],
/// "assessmentYear":2017,"assessments":{category:[unitCodes]},"generateRegister":true}</c>. Job titles are added when
/// missing (per unit kind and per unit); meetings and assessments upserted by unit and date/year; the register (the
/// meetings' SOP counts with plausible names, and the complete sample procedures of <see cref="SopSamples"/>) is
/// generated only while it is empty, so running the recipe again changes nothing.
/// </summary>
public sealed class SopStep : IRecipeStep
{
    public string Name => "Sop";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.ToObject<SopStepModel>();
        var db = context.Services.GetRequiredService<DbContext>();
        var time = context.Services.GetRequiredService<TimeProvider>();
        var units = await db.Set<UnitRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        UnitRecord Unit(string code) => byCode.TryGetValue(code, out var unit) ? unit : throw new RecipeException($"Langkah Sop: unit dengan kode '{code}' tidak ditemukan.");

        // Job titles: the kind's list for every unit of that kind, then the unit's own.
        var existing = (await db.Set<SopJobTitle>().AsNoTracking().Select(t => new { t.UnitId, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (t.UnitId, t.Title.ToLowerInvariant())).ToHashSet();
        void AddTitle(Guid unitId, string title)
        {
            if (existing.Add((unitId, title.ToLowerInvariant())))
            {
                db.Add(new SopJobTitle { UnitId = unitId, Title = title });
            }
        }

        foreach (var unit in units)
        {
            if (model.JobTitlesByKind.TryGetValue(unit.Kind, out var titles))
            {
                titles.ForEach(t => AddTitle(unit.Id, t));
            }
        }

        foreach (var (code, titles) in model.JobTitles)
        {
            titles.ForEach(t => AddTitle(Unit(code).Id, t));
        }

        var meetings = await db.Set<SopMeeting>().ToListAsync(cancellationToken);
        foreach (var m in model.Meetings)
        {
            var unit = Unit(m.Unit);
            if (!meetings.Any(x => x.UnitId == unit.Id && x.Date == m.Date))
            {
                var meeting = new SopMeeting { UnitId = unit.Id, Date = m.Date, SopCount = m.Sops, Participants = $"Biro Organisasi dan Tata Laksana; {unit.Name}", Notes = "Rapat validasi SOP: identitas, nomenklatur jabatan pelaksana, simbol diagram alir, substansi dan efektivitas." };
                db.Add(meeting);
                meetings.Add(meeting);
            }
        }

        var categories = new Dictionary<Guid, UnitCategory>();
        if (model.AssessmentYear > 0)
        {
            var assessments = await db.Set<SopUnitAssessment>().Where(a => a.Year == model.AssessmentYear).ToListAsync(cancellationToken);
            foreach (var (name, codes) in model.Assessments)
            {
                if (!Enum.TryParse<UnitCategory>(name, out var category))
                {
                    throw new RecipeException($"Langkah Sop: kategori unit '{name}' tidak dikenal.");
                }

                foreach (var code in codes)
                {
                    var unit = Unit(code);
                    categories[unit.Id] = category;
                    var row = assessments.FirstOrDefault(a => a.UnitId == unit.Id);
                    if (row is null)
                    {
                        db.Add(new SopUnitAssessment { UnitId = unit.Id, Year = model.AssessmentYear, Category = category });
                    }
                    else
                    {
                        row.Category = category;
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (model.GenerateRegister && !await db.Set<SopDocument>().AnyAsync(cancellationToken))
        {
            var titles = (await db.Set<SopJobTitle>().AsNoTracking().ToListAsync(cancellationToken)).GroupBy(t => t.UnitId).ToDictionary(g => g.Key, g => g.Select(t => t.Title).ToList());
            var now = time.GetUtcNow().UtcDateTime;
            var generator = new SopSampleGenerator(now, titles, categories, byCode);
            foreach (var m in model.Meetings)
            {
                var unit = Unit(m.Unit);
                var meeting = meetings.First(x => x.UnitId == unit.Id && x.Date == m.Date);
                foreach (var sop in generator.Register(unit, m.Date, m.Sops))
                {
                    db.Add(sop);
                    if (sop.Status is SopStatus.Berlaku && categories.GetValueOrDefault(unit.Id) == UnitCategory.DisahkanBelumSesuai
                        || sop.Status is SopStatus.Diajukan or SopStatus.PerluPerbaikan)
                    {
                        db.Add(new SopFinding { MeetingId = meeting.Id, SopId = sop.Id, Nomenklatur = false, Simbol = sop.Version % 2 == 0, Catatan = "Nama jabatan pelaksana belum sesuai nomenklatur SOTK." });
                    }
                }
            }

            foreach (var sop in generator.Extras())
            {
                db.Add(sop);
            }

            // The SOPs in force go into the public search.
            foreach (var entry in db.ChangeTracker.Entries<SopDocument>().Where(e => e.State == EntityState.Added && e.Entity.Status == SopStatus.Berlaku))
            {
                SopSearchSource.Note(db, entry.Entity);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>Builds the sample register fast: plausible names from patterns, a small valid flowchart each, and the complete samples.</summary>
internal sealed class SopSampleGenerator(DateTime now, Dictionary<Guid, List<string>> titles, Dictionary<Guid, UnitCategory> categories, Dictionary<string, UnitRecord> units)
{
    private static readonly string[] Patterns =
    [
        "Penerimaan Usul {0}", "Verifikasi Berkas {0}", "Penetapan Keputusan {0}", "Penyusunan Pertimbangan Teknis {0}",
        "Pemutakhiran Data {0}", "Penyelesaian Pengaduan {0}", "Monitoring dan Evaluasi {0}", "Pengarsipan Dokumen {0}",
        "Penyusunan Laporan {0}", "Sosialisasi Kebijakan {0}", "Konsultasi Teknis {0}", "Penyusunan Rencana Kerja {0}",
    ];

    private static readonly string[] Qualifiers = ["", " Instansi Pusat", " Instansi Daerah", " Tahunan", " Melalui Aplikasi", " Secara Elektronik", " Tahap Lanjutan"];

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, int> _sequence = [];

    public IEnumerable<SopDocument> Register(UnitRecord unit, DateOnly meetingDate, int count)
    {
        var samples = SopSamples.All.Where(s => s.Unit == unit.Code).ToList();
        var topic = Topic(unit.Name);
        for (var i = 0; i < count; i++)
        {
            if (i < samples.Count)
            {
                yield return Build(unit, samples[i].Nama, samples[i].Flowchart(), meetingDate, samples[i]);
                continue;
            }

            var pattern = Patterns[i % Patterns.Length];
            var qualifier = Qualifiers[(i / Patterns.Length) % Qualifiers.Length];
            var name = string.Format(CultureInfo.InvariantCulture, pattern, topic) + qualifier;
            yield return Build(unit, name, Simple(unit, name), meetingDate, null);
        }
    }

    /// <summary>Complete samples of units without a 2017 meeting (e.g. the press release SOP of Biro Humas).</summary>
    public IEnumerable<SopDocument> Extras()
    {
        foreach (var sample in SopSamples.All.Where(s => !_taken.Contains(s.Nama)))
        {
            if (units.TryGetValue(sample.Unit, out var unit))
            {
                yield return Build(unit, sample.Nama, sample.Flowchart(), new DateOnly(2017, 11, 1), sample, forceInForce: true);
            }
        }
    }

    private SopDocument Build(UnitRecord unit, string name, Flowchart flowchart, DateOnly meetingDate, SopSample? sample, bool forceInForce = false)
    {
        _taken.Add(name);
        var seq = _sequence[unit.Id] = _sequence.GetValueOrDefault(unit.Id) + 1;
        var category = categories.GetValueOrDefault(unit.Id, UnitCategory.BelumMenyerahkan);
        var status = forceInForce ? SopStatus.Berlaku : category switch
        {
            UnitCategory.DivalidasiDisahkan or UnitCategory.DisahkanBelumSesuai => SopStatus.Berlaku,
            UnitCategory.DiperbaikiBelumSesuai => SopStatus.Diajukan,
            _ => SopStatus.PerluPerbaikan,
        };
        var head = Titles(unit).FirstOrDefault() ?? "Kepala Unit";
        var id = Guid.NewGuid();
        var sop = new SopDocument
        {
            Id = id,
            SeriesId = id,
            UnitId = unit.Id,
            Version = 1,
            Nomor = string.Create(CultureInfo.InvariantCulture, $"SOP-{unit.Code}/{seq:000}/2017"),
            Nama = name,
            TanggalPembuatan = meetingDate.AddDays(-30),
            TanggalRevisi = status >= SopStatus.Diajukan ? meetingDate.AddDays(20) : null,
            TanggalEfektif = status == SopStatus.Berlaku ? meetingDate.AddDays(45) : null,
            DisahkanJabatan = head + " " + unit.Name.Replace("Direktorat ", "", StringComparison.Ordinal).Replace("Pusat ", "", StringComparison.Ordinal),
            DisahkanNama = status == SopStatus.Berlaku ? "Pejabat Contoh, S.H., M.Si." : "",
            DisahkanNip = status == SopStatus.Berlaku ? "196805121993031002" : "",
            DasarHukum = LinkRegulations(sample?.DasarHukum ?? "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara\nPeraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan\nPeraturan Kepala BKN Nomor 19 Tahun 2014 tentang Organisasi dan Tata Kerja BKN"),
            Keterkaitan = sample?.Keterkaitan ?? "",
            Peringatan = sample?.Peringatan ?? "Apabila SOP ini tidak dilaksanakan, layanan terlambat dan tidak dapat dipertanggungjawabkan.",
            KualifikasiPelaksana = sample?.Kualifikasi ?? "Memahami peraturan kepegawaian terkait; mampu mengoperasikan komputer dan aplikasi SAPK.",
            Peralatan = sample?.Peralatan ?? "Komputer, jaringan internet, printer, aplikasi SAPK, alat tulis kantor.",
            Pencatatan = sample?.Pencatatan ?? "Buku agenda, basis data SAPK, arsip elektronik.",
            Status = status,
            CreatedUtc = now,
            UpdatedUtc = now,
            Stamp = 1,
            NotesJson = status == SopStatus.PerluPerbaikan ? JsonSerializer.Serialize(new Dictionary<string, string> { ["umum"] = "Sesuaikan nama jabatan pelaksana dengan nomenklatur SOTK (Perka BKN 19/2014 jo. 31/2015)." }) : "",
        };
        SopService.Apply(sop, flowchart);
        return sop;
    }

    // The regulations of the site's sample register (Humas sample data) that the sample SOPs cite: a line naming one
    // links it (shown as plain text when that register is not installed).
    private static readonly (string Cites, string Id)[] SampleRegulations =
    [
        ("Peraturan Kepala BKN Nomor 25 Tahun 2013", "peraturanperka250000000001"),
        ("Peraturan Kepala BKN Nomor 26 Tahun 2013", "peraturanperka260000000001"),
        ("Peraturan Kepala BKN Nomor 19 Tahun 2014", "peraturanperka190000000001"),
    ];

    private static string LinkRegulations(string dasarHukum) => string.Join('\n', dasarHukum.Split('\n').Select(line =>
        SampleRegulations.FirstOrDefault(r => line.StartsWith(r.Cites, StringComparison.Ordinal)) is { Id: { } id } ? SopRegulations.Line(line, id) : line));

    private List<string> Titles(UnitRecord unit) => titles.GetValueOrDefault(unit.Id) ?? [];

    private Flowchart Simple(UnitRecord unit, string name)
    {
        var list = Titles(unit);
        string Pick(string contains, int fallback) => list.FirstOrDefault(t => t.Contains(contains, StringComparison.OrdinalIgnoreCase)) ?? (list.Count > fallback ? list[fallback] : "Pelaksana");
        var head = list.Count > 0 ? list[0] : "Kepala Unit";
        var mid = Pick("Kepala S", 1);
        var analyst = Pick("Analis", 2);
        var admin = Pick("Pengadministrasi", Math.Max(0, list.Count - 1));
        var lower = name.ToLowerInvariant();
        return new Flowchart
        {
            Steps =
            [
                new FlowStep { Id = "r1", Kind = StepKind.Mulai, Kegiatan = "Menerima dan mengagendakan berkas " + lower, Pelaksana = admin, Persyaratan = "Surat pengantar", Waktu = "15 menit", Output = "Berkas teragenda" },
                new FlowStep { Id = "r2", Kind = StepKind.Kegiatan, Kegiatan = "Memeriksa kelengkapan berkas", Pelaksana = analyst, Persyaratan = "Berkas usul", Waktu = "1 jam", Output = "Hasil pemeriksaan" },
                new FlowStep { Id = "r3", Kind = StepKind.Keputusan, Kegiatan = "Berkas lengkap dan sesuai?", Pelaksana = analyst, Waktu = "10 menit", Yes = "r5", No = "r4" },
                new FlowStep { Id = "r4", Kind = StepKind.Selesai, Kegiatan = "Mengembalikan berkas kepada pengusul disertai alasan", Pelaksana = admin, Waktu = "30 menit", Output = "Surat pengembalian" },
                new FlowStep { Id = "r5", Kind = StepKind.Kegiatan, Kegiatan = "Menyusun konsep " + lower, Pelaksana = analyst, Waktu = "2 hari", Output = "Konsep" },
                new FlowStep { Id = "r6", Kind = StepKind.Kegiatan, Kegiatan = "Memeriksa dan memaraf konsep", Pelaksana = mid, Waktu = "1 hari", Output = "Konsep berparaf" },
                new FlowStep { Id = "r7", Kind = StepKind.Kegiatan, Kegiatan = "Menandatangani naskah", Pelaksana = head, Waktu = "1 hari", Output = "Naskah ditandatangani" },
                new FlowStep { Id = "r8", Kind = StepKind.Selesai, Kegiatan = "Mengirim naskah dan mengarsipkan salinannya", Pelaksana = admin, Waktu = "30 menit", Output = "Tanda terima, arsip" },
            ],
        };
    }

    private static string Topic(string unitName)
    {
        foreach (var prefix in new[] { "Direktorat ", "Pusat ", "Asisten " })
        {
            if (unitName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return unitName[prefix.Length..];
            }
        }

        return unitName;
    }
}
