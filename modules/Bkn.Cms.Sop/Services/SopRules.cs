using System.Text.RegularExpressions;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Validation;

namespace Bkn.Cms.Sop.Services;

/// <summary>A rule's finding: the field or row it points at, an Indonesian message, and whether it only warns.</summary>
public sealed record SopIssue(string Key, int? Row, string Message, bool Warning = false)
{
    /// <summary>Key of identity findings: "identitas.{field}".</summary>
    public static string Field(string name) => "identitas." + name;
}

/// <summary>What the rules need besides the SOP: the unit's job titles and the numbers other SOPs of the unit use.</summary>
public sealed record SopRuleContext(IReadOnlyCollection<string> JobTitles, IReadOnlyCollection<string> OtherNumbers);

/// <summary>
/// The SOP's validation rules (Permenpan-RB 35/2012 format and BKN's checks), pure: identity complete, number unique
/// in the unit, executors from the unit's SOTK list, decisions with two exits, every path reaching an end, no
/// unreachable row, activities starting with a verb (warning), times with a unit, and a size limit.
/// </summary>
public static partial class SopRules
{
    /// <summary>The most rows a flowchart may have; more is refused (split the procedure into related SOPs).</summary>
    public const int MaxRows = 200;

    public static IReadOnlyList<SopIssue> Validate(SopDocument sop, Flowchart flowchart, SopRuleContext context)
    {
        var issues = new List<SopIssue>();
        Identity(sop, context, issues);
        Steps(flowchart, context, issues);
        return issues;
    }

    public static bool HasErrors(IEnumerable<SopIssue> issues) => issues.Any(i => !i.Warning);

    public static void Identity(SopDocument sop, SopRuleContext context, List<SopIssue> issues)
    {
        Require(issues, nameof(sop.Nomor), sop.Nomor, "Nomor SOP wajib diisi.");
        Require(issues, nameof(sop.Nama), sop.Nama, "Nama SOP wajib diisi.");
        Require(issues, nameof(sop.DasarHukum), sop.DasarHukum, "Dasar Hukum wajib diisi (satu peraturan per baris).");
        Require(issues, nameof(sop.KualifikasiPelaksana), sop.KualifikasiPelaksana, "Kualifikasi Pelaksana wajib diisi.");
        Require(issues, nameof(sop.Peralatan), sop.Peralatan, "Peralatan/Perlengkapan wajib diisi.");
        Require(issues, nameof(sop.Peringatan), sop.Peringatan, "Peringatan wajib diisi.");
        Require(issues, nameof(sop.Pencatatan), sop.Pencatatan, "Pencatatan dan Pendataan wajib diisi.");
        if (sop.TanggalPembuatan is null)
        {
            issues.Add(new SopIssue(SopIssue.Field(nameof(sop.TanggalPembuatan)), null, "Tanggal Pembuatan wajib diisi."));
        }

        if (sop.TanggalRevisi is { } revisi && sop.TanggalPembuatan is { } buat && revisi < buat)
        {
            issues.Add(new SopIssue(SopIssue.Field(nameof(sop.TanggalRevisi)), null, "Tanggal Revisi tidak boleh sebelum Tanggal Pembuatan."));
        }

        if (!string.IsNullOrWhiteSpace(sop.DisahkanNip) && !NipRules.TryParse(sop.DisahkanNip, out _, out var nipError))
        {
            issues.Add(new SopIssue(SopIssue.Field(nameof(sop.DisahkanNip)), null, "NIP pengesah: " + nipError));
        }

        var nomor = sop.Nomor.Trim();
        if (nomor.Length > 0 && context.OtherNumbers.Any(n => string.Equals(n.Trim(), nomor, StringComparison.OrdinalIgnoreCase)))
        {
            issues.Add(new SopIssue(SopIssue.Field(nameof(sop.Nomor)), null, $"Nomor SOP \"{nomor}\" sudah dipakai SOP lain di unit ini."));
        }
    }

    /// <summary>What must be known before ratification: who ratifies (jabatan, nama, NIP).</summary>
    public static IReadOnlyList<SopIssue> Ratification(SopDocument sop)
    {
        var issues = new List<SopIssue>();
        Require(issues, nameof(sop.DisahkanJabatan), sop.DisahkanJabatan, "Jabatan pengesah wajib diisi sebelum pengesahan.");
        Require(issues, nameof(sop.DisahkanNama), sop.DisahkanNama, "Nama pengesah wajib diisi sebelum pengesahan.");
        if (!NipRules.TryParse(sop.DisahkanNip, out _, out var error))
        {
            issues.Add(new SopIssue(SopIssue.Field(nameof(sop.DisahkanNip)), null, "NIP pengesah: " + error));
        }

        return issues;
    }

    public static void Steps(Flowchart flowchart, SopRuleContext context, List<SopIssue> issues)
    {
        var steps = flowchart.Steps;
        if (steps.Count == 0)
        {
            issues.Add(new SopIssue("diagram", null, "Diagram alir masih kosong: tambahkan baris Mulai, kegiatan dan Selesai."));
            return;
        }

        if (steps.Count > MaxRows)
        {
            issues.Add(new SopIssue("diagram", null, $"Diagram alir berisi {steps.Count} baris; paling banyak {MaxRows}. Pecah prosedur menjadi beberapa SOP yang saling terkait."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(steps[i].Id) || !ids.Add(steps[i].Id))
            {
                issues.Add(new SopIssue(RowKey(steps[i], i), i + 1, $"Baris {i + 1}: tanda baris kosong atau ganda; muat ulang editor."));
                return;
            }
        }

        if (steps[0].Kind != StepKind.Mulai)
        {
            issues.Add(new SopIssue(RowKey(steps[0], 0), 1, "Baris 1 harus simbol Mulai (terminator)."));
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].Kind == StepKind.Mulai)
            {
                issues.Add(new SopIssue(RowKey(steps[i], i), i + 1, $"Baris {i + 1}: simbol Mulai hanya boleh di baris pertama."));
            }
        }

        if (!steps.Any(s => s.Kind == StepKind.Selesai))
        {
            issues.Add(new SopIssue("diagram", null, "Diagram alir belum punya baris Selesai (terminator)."));
        }

        var titles = new HashSet<string>(context.JobTitles.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        if (titles.Count == 0)
        {
            issues.Add(new SopIssue("diagram", null, "Daftar jabatan SOTK unit ini masih kosong; pelaksana belum dapat diperiksa.", Warning: true));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var key = RowKey(step, i);
            var row = i + 1;
            if (string.IsNullOrWhiteSpace(step.Kegiatan))
            {
                issues.Add(new SopIssue(key, row, $"Baris {row}: uraian kegiatan wajib diisi."));
            }
            else if (step.Kind is StepKind.Kegiatan && !StartsWithVerb(step.Kegiatan))
            {
                issues.Add(new SopIssue(key, row, $"Baris {row}: kegiatan sebaiknya diawali kata kerja aktif tanpa subjek (mis. \"Memeriksa berkas\").", Warning: true));
            }

            if (string.IsNullOrWhiteSpace(step.Pelaksana))
            {
                issues.Add(new SopIssue(key, row, $"Baris {row}: pelaksana wajib dipilih."));
            }
            else if (titles.Count > 0 && !titles.Contains(step.Pelaksana.Trim()))
            {
                issues.Add(new SopIssue(key, row, $"Baris {row}: pelaksana \"{step.Pelaksana.Trim()}\" bukan nama jabatan dalam SOTK unit ini."));
            }

            if (!string.IsNullOrWhiteSpace(step.Waktu) && !HasTimeUnit(step.Waktu))
            {
                issues.Add(new SopIssue(key, row, $"Baris {row}: waktu \"{step.Waktu.Trim()}\" harus berisi angka dan satuannya (menit, jam, hari, minggu, bulan)."));
            }

            if (step.Kind == StepKind.Keputusan)
            {
                var yes = flowchart.IndexOf(step.Yes?.Trim());
                var no = flowchart.IndexOf(step.No?.Trim());
                if (yes < 0 || no < 0)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: keputusan harus punya dua jalan keluar, \"ya\" dan \"tidak\"."));
                }
                else if (yes == no)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: jalan \"ya\" dan \"tidak\" menuju baris yang sama; keputusan harus bercabang."));
                }
                else if (yes == i || no == i)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: keputusan tidak boleh menuju dirinya sendiri."));
                }
            }
            else if (step.Kind != StepKind.Selesai)
            {
                var next = step.Next?.Trim();
                if (!string.IsNullOrEmpty(next) && flowchart.IndexOf(next) < 0)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: baris tujuan tidak ditemukan."));
                }
                else if (string.IsNullOrEmpty(next) && i == steps.Count - 1)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: baris terakhir harus Selesai atau menunjuk baris berikutnya."));
                }
                else if (flowchart.IndexOf(next) == i)
                {
                    issues.Add(new SopIssue(key, row, $"Baris {row}: kegiatan tidak boleh menuju dirinya sendiri."));
                }
            }
        }

        Graph(flowchart, issues);
    }

    /// <summary>Reachability from the start and, backwards, to an end: unreachable rows and rows caught in a cycle without an end.</summary>
    private static void Graph(Flowchart flowchart, List<SopIssue> issues)
    {
        var steps = flowchart.Steps;
        var edges = new List<int>[steps.Count];
        var reverse = new List<int>[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            edges[i] = [];
            reverse[i] = [];
        }

        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var (target, _) in flowchart.Exits(i))
            {
                var j = flowchart.IndexOf(target);
                if (j >= 0)
                {
                    edges[i].Add(j);
                    reverse[j].Add(i);
                }
            }
        }

        var reached = Walk([0], edges);
        var ends = Enumerable.Range(0, steps.Count).Where(i => steps[i].Kind == StepKind.Selesai).ToList();
        var finishing = Walk(ends, reverse);
        for (var i = 0; i < steps.Count; i++)
        {
            var row = i + 1;
            if (!reached.Contains(i))
            {
                issues.Add(new SopIssue(RowKey(steps[i], i), row, $"Baris {row}: tidak dapat dicapai dari Mulai; hubungkan atau hapus baris ini."));
            }
            else if (!finishing.Contains(i) && ends.Count > 0)
            {
                issues.Add(new SopIssue(RowKey(steps[i], i), row, $"Baris {row}: jalur dari baris ini tidak pernah sampai ke Selesai (berputar tanpa akhir)."));
            }
        }
    }

    private static HashSet<int> Walk(IEnumerable<int> from, List<int>[] edges)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(from);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (seen.Add(node))
            {
                foreach (var next in edges[node])
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }

    public static string RowKey(FlowStep step, int index) => "baris." + (string.IsNullOrEmpty(step.Id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : step.Id);

    /// <summary>A number followed by a unit of time ("15 menit", "2 hari kerja", "1x24 jam").</summary>
    public static bool HasTimeUnit(string waktu) => TimeWithUnit().IsMatch(waktu.Trim());

    public static bool StartsWithVerb(string kegiatan)
    {
        var first = kegiatan.Trim().Split([' ', ',', '.', ';', ':', '/'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
        if (first.Length == 0)
        {
            return false;
        }

        if (SopVerbs.Words.Contains(first))
        {
            return true;
        }

        // Active verbs of Indonesian take the meN-/ber-/mem- prefixes; common nouns of these shapes are listed as exceptions.
        return first.Length > 4 && (first.StartsWith("me", StringComparison.Ordinal) || first.StartsWith("ber", StringComparison.Ordinal)) && !SopVerbs.NotVerbs.Contains(first);
    }

    private static void Require(List<SopIssue> issues, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            issues.Add(new SopIssue(SopIssue.Field(field), null, message));
        }
    }

    [GeneratedRegex(@"^(\d+([.,]\d+)?(\s*[x×]\s*\d+)?|\d+\s*-\s*\d+)\s*(detik|menit|mnt|jam|hari|hari kerja|minggu|pekan|bulan|tahun)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWithUnit();
}

/// <summary>Verbs that open SOP activities without a meN-/ber- prefix, and prefixed words that are not verbs.</summary>
public static class SopVerbs
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "terima", "periksa", "teliti", "tanda", "tandatangani", "paraf", "kirim", "catat", "arsipkan", "input", "entri", "unggah",
        "cetak", "susun", "buat", "verifikasi", "validasi", "koreksi", "setujui", "tetapkan", "sampaikan", "teruskan", "tolak",
        "lakukan", "proses", "ajukan", "disposisi", "mendisposisi", "pindai", "scan", "upload", "rekap", "serahkan", "tugaskan",
    };

    public static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "menteri", "meja", "media", "memo", "merek", "metode", "berkas", "berita", "berkala", "beras", "besaran", "meterai",
    };
}
