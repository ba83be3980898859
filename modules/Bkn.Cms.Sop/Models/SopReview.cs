namespace Bkn.Cms.Sop.Models;

/// <summary>What a review round checks: the six-monthly monitoring or the yearly evaluation.</summary>
public enum ReviewKind
{
    Pemantauan = 0,
    Evaluasi = 1,
}

/// <summary>
/// A monitoring or evaluation round of one unit for one period ("2026-S1", "2026-S2" for monitoring, "2026" for the
/// evaluation), opened by the module's workflow timer. The unit answers for each of its SOPs in force, then closes the
/// round; the timer sends a reminder before the due date and marks the round overdue after it.
/// </summary>
public sealed class SopReviewRound
{
    public const int PeriodLength = 20;

    public int Id { get; set; }

    public Guid UnitId { get; set; }

    public ReviewKind Kind { get; set; }

    public string Period { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTime? ReminderUtc { get; set; }

    public DateTime? OverdueUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public string CompletedBy { get; set; } = "";
}

/// <summary>A unit's answer on one SOP in a round: monitoring (berjalan baik or not, note, action) or evaluation (criteria).</summary>
public sealed class SopReviewEntry
{
    public long Id { get; set; }

    public int RoundId { get; set; }

    public Guid SopId { get; set; }

    /// <summary>Monitoring: the SOP works well (true), does not (false), not answered yet (null).</summary>
    public bool? BerjalanBaik { get; set; }

    public string Catatan { get; set; } = "";

    public string Tindakan { get; set; } = "";

    /// <summary>Evaluation: JSON object criterion key → {"ya": bool, "catatan": string}.</summary>
    public string AnswersJson { get; set; } = "";
}

/// <summary>The yearly evaluation criteria (the regulation's questions), answered Ya/Tidak with a note.</summary>
public static class EvaluationCriteria
{
    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        ("kinerja", "Mampu mendorong peningkatan kinerja"),
        ("mudah-dipahami", "Mudah dipahami"),
        ("mudah-dilaksanakan", "Mudah dilaksanakan"),
        ("peran", "Semua orang dapat menjalankan perannya masing-masing"),
        ("masalah", "Mampu mengatasi permasalahan yang berkaitan dengan proses"),
        ("kebutuhan", "Mampu menjawab kebutuhan peningkatan kinerja organisasi"),
        ("sinergi", "Sinergi satu dengan lainnya"),
    ];
}

public static class ReviewKinds
{
    public static string Label(ReviewKind kind) => kind == ReviewKind.Evaluasi ? "Evaluasi tahunan" : "Pemantauan semesteran";
}
