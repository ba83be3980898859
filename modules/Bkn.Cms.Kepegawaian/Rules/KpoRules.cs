using Bkn.Cms.Agencies;
using Bkn.Cms.Validation;

namespace Bkn.Cms.Kepegawaian.Rules;

/// <summary>A disciplinary penalty level (PP 94/2021: ringan, sedang, berat).</summary>
public enum HukdisLevel
{
    Ringan = 1,
    Sedang = 2,
    Berat = 3,
}

/// <summary>A disciplinary penalty in force from <see cref="Start"/> until the day before <see cref="End"/> (null: no end).</summary>
public sealed record HukdisFact(HukdisLevel Level, DateOnly Start, DateOnly? End)
{
    public bool ActiveOn(DateOnly date) => Start <= date && (End is null || date < End);
}

/// <summary>What the rules read about one civil servant: the shared record's fields plus the module's own data.</summary>
public sealed record CandidateFacts
{
    public required string Nip { get; init; }

    public DateOnly BirthDate { get; init; }

    public required string Golongan { get; init; }

    public DateOnly TmtGolongan { get; init; }

    public JenisJabatan JenisJabatan { get; init; }

    public string Status { get; init; } = "Aktif";

    /// <summary>The direct superior's golongan, when the superior is known.</summary>
    public string? AtasanGolongan { get; init; }

    /// <summary>SKP score per calendar year.</summary>
    public IReadOnlyDictionary<int, int> Skp { get; init; } = new Dictionary<int, int>();

    public IReadOnlyList<HukdisFact> Hukdis { get; init; } = [];

    /// <summary>True when the education changed since the last promotion (KP Reguler then needs the diploma).</summary>
    public bool PendidikanBerubah { get; init; }

    public static CandidateFacts From(PersonnelRecord r, string? atasanGolongan, IReadOnlyDictionary<int, int> skp, IReadOnlyList<HukdisFact> hukdis, bool pendidikanBerubah = false) => new()
    {
        Nip = r.Nip,
        BirthDate = r.BirthDate,
        Golongan = r.Golongan,
        TmtGolongan = r.TmtGolongan,
        JenisJabatan = r.JenisJabatan,
        Status = r.Status,
        AtasanGolongan = atasanGolongan,
        Skp = skp,
        Hukdis = hukdis,
        PendidikanBerubah = pendidikanBerubah,
    };
}

/// <summary>The KP verdict: eligible or not with every reason, and whether the less-paper (otomatis) route applies.</summary>
public sealed record KpVerdict(bool Due, bool Eligible, bool Otomatis, string? ProposedGolongan, DateOnly EligibleFrom, IReadOnlyList<string> Reasons);

/// <summary>The retirement verdict: BUP age and date, TMT pensiun, and whether the less-paper (otomatis) route applies.</summary>
public sealed record BupVerdict(int BupAge, DateOnly BupDate, DateOnly TmtPensiun, bool Otomatis, IReadOnlyList<string> Reasons);

/// <summary>The KPO/PPO eligibility rules as pure functions of the facts, the period and the options.</summary>
public sealed class KpoRules(KpoOptions options)
{
    public const int SkpMin = 0;
    public const int SkpMax = 100;

    public KpoOptions Options => options;

    /// <summary>The Indonesian predicate of an SKP score.</summary>
    public static string SkpPredikat(int score) => score switch
    {
        >= 91 => "sangat baik",
        >= 76 => "baik",
        >= 61 => "cukup",
        >= 51 => "kurang",
        _ => "buruk",
    };

    /// <summary>Null when the score is valid, else an Indonesian message.</summary>
    public static string? CheckSkp(int score) =>
        score is < SkpMin or > SkpMax ? $"Nilai SKP harus antara {SkpMin} dan {SkpMax} (diisi {score})." : null;

    /// <summary>Null when the NIP is valid and agrees with the birth date, else an Indonesian message.</summary>
    public static string? CheckNip(string? nip, DateOnly? birthDate)
    {
        if (!NipRules.TryParse(nip, out var parts, out var error))
        {
            return error;
        }

        return birthDate is { } b && parts.BirthDate != b
            ? $"Tanggal lahir pada NIP ({parts.BirthDate:dd-MM-yyyy}) tidak sama dengan tanggal lahir yang tercatat ({b:dd-MM-yyyy})."
            : null;
    }

    /// <summary>Null when the direct superior may be the superior of someone proposed for <paramref name="proposed"/>.</summary>
    public static string? CheckAtasan(string proposed, string? atasanGolongan)
    {
        var p = Agencies.Golongan.Find(proposed);
        var a = Agencies.Golongan.Find(atasanGolongan);
        return p is not null && a is not null && p.Rank > a.Rank
            ? $"Pangkat yang diusulkan {p} melebihi pangkat atasan langsung {a}."
            : null;
    }

    public int BupAge(JenisJabatan jenis) => options.Bup.TryGetValue(jenis, out var age) ? age : 58;

    /// <summary>The day the BUP age is reached (29 February births: 28 February in a common year).</summary>
    public DateOnly BupDate(DateOnly birthDate, JenisJabatan jenis) => birthDate.AddYears(BupAge(jenis));

    /// <summary>TMT pensiun: the first day of the month after the month in which BUP is reached.</summary>
    public static DateOnly TmtPensiun(DateOnly bupDate) => new DateOnly(bupDate.Year, bupDate.Month, 1).AddMonths(1);

    public BupVerdict Bup(CandidateFacts facts)
    {
        var age = BupAge(facts.JenisJabatan);
        var date = facts.BirthDate.AddYears(age);
        var tmt = TmtPensiun(date);
        var reasons = new List<string>();
        var rank = Agencies.Golongan.Find(facts.Golongan);
        var max = Agencies.Golongan.Find(options.MaxGolonganOtomatis);
        if (rank is null)
        {
            reasons.Add($"Golongan \"{facts.Golongan}\" tidak dikenal.");
        }
        else if (max is not null && rank.Rank > max.Rank)
        {
            reasons.Add($"Golongan {rank.Code} di atas {max.Code}: pensiun diusulkan secara reguler, bukan otomatis.");
        }

        return new BupVerdict(age, date, tmt, reasons.Count == 0, reasons);
    }

    /// <summary>
    /// KP reguler on <paramref name="period"/>: due when the years in rank are reached; eligible when every condition holds;
    /// otomatis when eligible, the proposed rank is within the less-paper scope and the education did not change.
    /// </summary>
    public KpVerdict Kp(CandidateFacts facts, DateOnly period)
    {
        var reasons = new List<string>();
        var rank = Agencies.Golongan.Find(facts.Golongan);
        var eligibleFrom = facts.TmtGolongan.AddYears(options.MinYearsInRank);
        if (rank is null)
        {
            return new KpVerdict(false, false, false, null, eligibleFrom, [$"Golongan \"{facts.Golongan}\" tidak dikenal."]);
        }

        var next = rank.Next;
        var due = eligibleFrom <= period;
        if (!string.Equals(facts.Status, "Aktif", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add($"Status kepegawaian \"{facts.Status}\", bukan Aktif.");
        }

        if (next is null)
        {
            reasons.Add($"Sudah pada golongan tertinggi {rank.Code}.");
        }

        if (!due)
        {
            reasons.Add($"Masa kerja dalam golongan {rank.Code} belum {options.MinYearsInRank} tahun pada {period:dd-MM-yyyy} (TMT golongan {facts.TmtGolongan:dd-MM-yyyy}, baru memenuhi {eligibleFrom:dd-MM-yyyy}).");
        }

        if (next is not null)
        {
            if (facts.AtasanGolongan is null)
            {
                if (options.RequireAtasan)
                {
                    reasons.Add("Atasan langsung belum tercatat.");
                }
            }
            else if (CheckAtasan(next.Code, facts.AtasanGolongan) is { } atasan)
            {
                reasons.Add(atasan);
            }
        }

        for (var year = period.Year - options.SkpYears; year < period.Year; year++)
        {
            if (!facts.Skp.TryGetValue(year, out var score))
            {
                reasons.Add($"SKP tahun {year} belum ada.");
            }
            else if (CheckSkp(score) is { } invalid)
            {
                reasons.Add($"SKP tahun {year}: {invalid}");
            }
            else if (score < options.MinSkpBaik)
            {
                reasons.Add($"SKP tahun {year} bernilai {score} ({SkpPredikat(score)}), kurang dari \"baik\" ({options.MinSkpBaik}).");
            }
        }

        foreach (var h in facts.Hukdis.Where(h => h.Level >= HukdisLevel.Sedang && h.ActiveOn(period)))
        {
            reasons.Add($"Sedang menjalani hukuman disiplin tingkat {h.Level.ToString().ToLowerInvariant()} (sejak {h.Start:dd-MM-yyyy}{(h.End is { } e ? $" sampai {e.AddDays(-1):dd-MM-yyyy}" : "")}).");
        }

        var eligible = reasons.Count == 0;
        var max = Agencies.Golongan.Find(options.MaxGolonganOtomatis);
        var inScope = next is not null && max is not null && next.Rank <= max.Rank;
        if (eligible && !inScope)
        {
            reasons.Add($"Golongan yang diusulkan {next!.Code} di atas {options.MaxGolonganOtomatis}: diusulkan sebagai KP reguler dengan berkas lengkap, bukan otomatis.");
        }
        else if (eligible && facts.PendidikanBerubah)
        {
            reasons.Add("Ada perubahan pendidikan: diusulkan sebagai KP reguler dengan ijazah dan surat ijin/tugas belajar.");
        }

        return new KpVerdict(due, eligible, eligible && inScope && !facts.PendidikanBerubah, next?.Code, eligibleFrom, reasons);
    }
}
