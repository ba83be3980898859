namespace Bkn.Cms.Sop.Models;

/// <summary>
/// One version of an SOP (identity part + flowchart part). Versions of the same procedure share
/// <see cref="SeriesId"/>; a revision of a ratified SOP is a new row with the next <see cref="Version"/>, while the
/// ratified one stays "Berlaku" until the revision is ratified.
/// </summary>
public sealed class SopDocument
{
    public const int NomorLength = 100;
    public const int NamaLength = 300;
    public const int TextLength = 4000;

    public Guid Id { get; set; }

    public Guid SeriesId { get; set; }

    public int Version { get; set; } = 1;

    public Guid UnitId { get; set; }

    public string Nomor { get; set; } = "";

    public string Nama { get; set; } = "";

    public DateOnly? TanggalPembuatan { get; set; }

    public DateOnly? TanggalRevisi { get; set; }

    public DateOnly? TanggalEfektif { get; set; }

    public string DisahkanJabatan { get; set; } = "";

    public string DisahkanNama { get; set; } = "";

    public string DisahkanNip { get; set; } = "";

    /// <summary>One legal basis per line; a line may end with " | /peraturan/..." linking the regulation item.</summary>
    public string DasarHukum { get; set; } = "";

    /// <summary>Related SOPs, one Nomor SOP per line.</summary>
    public string Keterkaitan { get; set; } = "";

    public string Peringatan { get; set; } = "";

    public string KualifikasiPelaksana { get; set; } = "";

    public string Peralatan { get; set; } = "";

    public string Pencatatan { get; set; } = "";

    public SopStatus Status { get; set; }

    public string FlowchartJson { get; set; } = "";

    /// <summary>Evaluator notes per row ("Perlu perbaikan"), JSON object row id → note; "identitas" for the identity.</summary>
    public string NotesJson { get; set; } = "";

    /// <summary>Lower-case number, name and activity texts: what the public and admin text filters search.</summary>
    public string SearchText { get; set; } = "";

    public int ActivityCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Optimistic concurrency: the editor sends the stamp it loaded; a save on a newer stamp is refused.</summary>
    public int Stamp { get; set; }
}

/// <summary>A job title (nomenclature of the unit's SOTK) that may appear as Pelaksana in the unit's SOPs.</summary>
public sealed class SopJobTitle
{
    public const int TitleLength = 200;

    public int Id { get; set; }

    public Guid UnitId { get; set; }

    public string Title { get; set; } = "";
}

/// <summary>A lifecycle step of an SOP version: who moved it from where to where, with the note.</summary>
public sealed class SopEvent
{
    public long Id { get; set; }

    public Guid SopId { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserName { get; set; } = "";

    public SopStatus From { get; set; }

    public SopStatus To { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>A validation meeting (Rapat Validasi) with a unit.</summary>
public sealed class SopMeeting
{
    public int Id { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly Date { get; set; }

    public int SopCount { get; set; }

    public string Participants { get; set; } = "";

    public string Notes { get; set; } = "";
}

/// <summary>A meeting's finding on one SOP: the four 2017 checks (true = conforming) and a note.</summary>
public sealed class SopFinding
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Guid SopId { get; set; }

    public bool Nomenklatur { get; set; } = true;

    public bool Simbol { get; set; } = true;

    public bool Substansi { get; set; } = true;

    public bool Efektivitas { get; set; } = true;

    public string Catatan { get; set; } = "";
}

/// <summary>The evaluator's status category of a unit for a year (the 2017 categories).</summary>
public sealed class SopUnitAssessment
{
    public int Id { get; set; }

    public Guid UnitId { get; set; }

    public int Year { get; set; }

    public UnitCategory Category { get; set; }
}

/// <summary>The unit status categories of the 2017 report.</summary>
public enum UnitCategory
{
    BelumMenyerahkan = 0,
    DivalidasiDisahkan = 1,
    DiperbaikiBelumSesuai = 2,
    DisahkanBelumSesuai = 3,
}

public static class UnitCategories
{
    public static string Label(UnitCategory category) => category switch
    {
        UnitCategory.BelumMenyerahkan => "Belum menyerahkan SOP hasil penyempurnaan",
        UnitCategory.DivalidasiDisahkan => "Sudah divalidasi dan disahkan",
        UnitCategory.DiperbaikiBelumSesuai => "Sudah diperbaiki, masih belum sesuai dan belum disahkan",
        UnitCategory.DisahkanBelumSesuai => "Sudah diperbaiki dan disahkan, masih belum sesuai",
        _ => category.ToString(),
    };
}
