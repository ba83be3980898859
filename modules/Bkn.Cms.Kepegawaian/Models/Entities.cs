using Bkn.Cms.Kepegawaian.Rules;

namespace Bkn.Cms.Kepegawaian.Models;

/// <summary>An SKP score of one civil servant for one year (the shared record does not hold it).</summary>
public sealed class KpoSkp
{
    public long Id { get; set; }

    public string Nip { get; set; } = "";

    public int Year { get; set; }

    public int Score { get; set; }
}

/// <summary>A disciplinary penalty (hukuman disiplin) of one civil servant.</summary>
public sealed class KpoHukdis
{
    public long Id { get; set; }

    public string Nip { get; set; } = "";

    public HukdisLevel Level { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public string Keterangan { get; set; } = "";
}

/// <summary>The pension data of one civil servant (PPO reconciliation): spouse, children, PMK, pension address, photo.</summary>
public sealed class KpoKeluarga
{
    public string Nip { get; set; } = "";

    public string Pasangan { get; set; } = "";

    public int JumlahAnak { get; set; }

    /// <summary>Peninjauan masa kerja: extra months of service recognised.</summary>
    public int PmkBulan { get; set; }

    public string AlamatPensiun { get; set; } = "";

    public bool FotoAda { get; set; }

    /// <summary>The education changed since the last promotion (KP Reguler then needs the diploma).</summary>
    public bool PendidikanBerubah { get; set; }
}

/// <summary>Whether a nominative list of an agency and period was generated, and when.</summary>
public sealed class KpoDaftar
{
    public long Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateOnly Period { get; set; }

    public DateTime GeneratedUtc { get; set; }

    public int KpOtomatis { get; set; }

    public int KpReguler { get; set; }

    public int Pensiun { get; set; }

    public int TidakMemenuhi { get; set; }
}

public enum NominatifStatus
{
    Belum = 0,
    Dikonfirmasi = 1,
    Dikoreksi = 2,
}

/// <summary>One line of a nominative list: a KP or pension candidate with the data the rules used and their verdict.</summary>
public sealed class KpoNominatif
{
    public const int ReasonsLength = 2000;

    public long Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateOnly Period { get; set; }

    public JenisUsulan Jenis { get; set; }

    public string Nip { get; set; } = "";

    public string Nama { get; set; } = "";

    public string Golongan { get; set; } = "";

    public string? GolonganBaru { get; set; }

    public DateOnly TmtGolongan { get; set; }

    public string Jabatan { get; set; } = "";

    public int JenisJabatan { get; set; }

    public string Unor { get; set; } = "";

    public string? AtasanGolongan { get; set; }

    public int? Skp1 { get; set; }

    public int? Skp2 { get; set; }

    public bool HukdisAktif { get; set; }

    public DateOnly? BupDate { get; set; }

    public DateOnly? TmtPensiun { get; set; }

    public bool Memenuhi { get; set; }

    /// <summary>The rules' reasons, one a line.</summary>
    public string Alasan { get; set; } = "";

    public NominatifStatus Status { get; set; }

    public DateTime GeneratedUtc { get; set; }
}

public enum KoreksiStatus
{
    Diajukan = 0,
    Diterima = 1,
    Ditolak = 2,
}

/// <summary>A correction of one data item proposed by the agency, with its supporting document, decided by BKN.</summary>
public sealed class KpoKoreksi
{
    public long Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateOnly Period { get; set; }

    public string Nip { get; set; } = "";

    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string NewValue { get; set; } = "";

    public string Keterangan { get; set; } = "";

    public string DocumentPath { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public KoreksiStatus Status { get; set; }

    public string? AlasanTolak { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }
}

/// <summary>A proposal (usulan) with its dossier: one per person and period.</summary>
public sealed class KpoUsulan
{
    public long Id { get; set; }

    public string Nomor { get; set; } = "";

    public Guid AgencyId { get; set; }

    public DateOnly Period { get; set; }

    public JenisUsulan Jenis { get; set; }

    public string Nip { get; set; } = "";

    public string Nama { get; set; } = "";

    public string Golongan { get; set; } = "";

    public string? GolonganBaru { get; set; }

    public UsulanStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The first submission, the start of "time to Pertek".</summary>
    public DateTime? FirstSubmittedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>When the current step is due under the service levels (null for final statuses).</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>The verifier's reasons (BTS, TMS) or notes.</summary>
    public string? Alasan { get; set; }

    /// <summary>BTL: the missing checklist codes, comma separated.</summary>
    public string? Kekurangan { get; set; }

    /// <summary>BTL: the agency's deadline to complete.</summary>
    public DateOnly? BatasWaktu { get; set; }

    public string? PertekNomor { get; set; }

    public DateOnly? PertekTanggal { get; set; }

    public DateTime? PertekUtc { get; set; }

    public string? SkNomor { get; set; }

    public DateTime? SelesaiUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>An uploaded document of a dossier, stored privately.</summary>
public sealed class KpoDokumen
{
    public Guid Id { get; set; }

    public long UsulanId { get; set; }

    /// <summary>The checklist item code, or "sk" for the agency's SK.</summary>
    public string Item { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string StoragePath { get; set; } = "";

    public DateTime UploadedUtc { get; set; }
}

/// <summary>One step of a dossier's history: who, when, from which status to which, how long the previous step took.</summary>
public sealed class KpoRiwayat
{
    public long Id { get; set; }

    public long UsulanId { get; set; }

    public UsulanStatus From { get; set; }

    public UsulanStatus To { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public string Catatan { get; set; } = "";

    /// <summary>Seconds the dossier spent in <see cref="From"/>.</summary>
    public long DurasiDetik { get; set; }

    /// <summary>Whether the previous step exceeded its service level.</summary>
    public bool Terlambat { get; set; }
}
