using Bkn.Cms.Agencies;

namespace Bkn.Cms.Kepegawaian.Rules;

/// <summary>
/// The KPO/PPO rules that change with regulations, bound from the configuration section "Kepegawaian" (defaults here).
/// See docs/DOMAIN-RULES.md, "§3 KPO/PPO".
/// </summary>
public sealed class KpoOptions
{
    public const string Section = "Kepegawaian";

    /// <summary>Minimum whole years in the current rank on the period date for a regular promotion.</summary>
    public int MinYearsInRank { get; set; } = 4;

    /// <summary>The highest rank the less-paper processes cover (the rank proposed for KPO, the rank held for PPO).</summary>
    public string MaxGolonganOtomatis { get; set; } = "IV/b";

    /// <summary>The lowest SKP score with the predicate "baik" (76–90 baik, 91–100 sangat baik).</summary>
    public int MinSkpBaik { get; set; } = 76;

    /// <summary>How many calendar years before the period year must have an SKP of at least "baik".</summary>
    public int SkpYears { get; set; } = 2;

    /// <summary>Whether a candidate without a recorded direct superior is refused (otherwise the check is skipped).</summary>
    public bool RequireAtasan { get; set; }

    /// <summary>Retirement age (BUP) per position type.</summary>
    public Dictionary<JenisJabatan, int> Bup { get; set; } = new()
    {
        [JenisJabatan.Pelaksana] = 58,
        [JenisJabatan.Pengawas] = 58,
        [JenisJabatan.Administrator] = 58,
        [JenisJabatan.FungsionalKeterampilan] = 58,
        [JenisJabatan.FungsionalAhliPertama] = 58,
        [JenisJabatan.FungsionalAhliMuda] = 58,
        [JenisJabatan.PimpinanTinggi] = 60,
        [JenisJabatan.FungsionalAhliMadya] = 60,
        [JenisJabatan.FungsionalAhliUtama] = 65,
    };

    /// <summary>The KP/pension period calendars, each valid from its date until the next one's.</summary>
    public List<PeriodSchedule> Periods { get; set; } =
    [
        new() { From = new DateOnly(2017, 1, 1), Months = [4, 10] },
        new() { From = new DateOnly(2024, 1, 1), Months = [2, 4, 6, 8, 10, 12] },
        new() { From = new DateOnly(2025, 10, 1), Months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    ];

    /// <summary>The reconciliation window opens this many months before a period …</summary>
    public int WindowOpensMonthsBefore { get; set; } = 6;

    /// <summary>… and closes this many months before it; verification follows.</summary>
    public int WindowClosesMonthsBefore { get; set; } = 3;

    /// <summary>
    /// The Pertek number: {urut} (sequence in the period), {jenis} (KP or PS), {tahun}, {bulan} (of the period),
    /// {instansi} (agency code). Padding with a colon: {urut:00000}.
    /// </summary>
    public string PertekNumberFormat { get; set; } = "{urut:00000}/PERTEK-{jenis}/{bulan}/{tahun}";

    /// <summary>Service levels in days: BKN's decision after submission, the agency's completion after BTL/BTS, the SK after the Pertek.</summary>
    public int SlaVerificationDays { get; set; } = 10;

    public int SlaCompletionDays { get; set; } = 14;

    public int SlaSkDays { get; set; } = 30;

    /// <summary>How many days before a due time the workflows remind (e.g. the agency before its BTL deadline).</summary>
    public int SlaReminderDaysBefore { get; set; } = 2;

    /// <summary>The largest accepted dossier document (bytes).</summary>
    public long MaxDocumentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The largest accepted photo (bytes).</summary>
    public long MaxPhotoBytes { get; set; } = 500 * 1024;
}

/// <summary>From <see cref="From"/> on, a period starts on the first day of each listed month.</summary>
public sealed class PeriodSchedule
{
    public DateOnly From { get; set; }

    public int[] Months { get; set; } = [];
}
