namespace Bkn.Cms.Agencies;

/// <summary>The kind of position a civil servant holds; it decides the retirement age (BUP).</summary>
public enum JenisJabatan
{
    /// <summary>Jabatan pelaksana (JFU / administrative staff).</summary>
    Pelaksana = 0,
    Pengawas = 1,
    Administrator = 2,

    /// <summary>Jabatan pimpinan tinggi (JPT).</summary>
    PimpinanTinggi = 3,
    FungsionalKeterampilan = 4,
    FungsionalAhliPertama = 5,
    FungsionalAhliMuda = 6,
    FungsionalAhliMadya = 7,
    FungsionalAhliUtama = 8,
}

/// <summary>Which data set a record belongs to: the real records, or the synthetic ones the web service's training environment answers from.</summary>
public enum PersonnelDataset
{
    Production = 0,
    Training = 1,
}

/// <summary>
/// One civil servant's personnel record, the reference data the web service serves and the KPO/PPO rules read.
/// Owned by the Agencies module; other modules read it through <see cref="IPersonnelRecords"/> and change it only
/// through <see cref="IPersonnelRecords.ApplyCorrectionAsync"/> (audited, old and new values).
/// </summary>
public sealed record PersonnelRecord
{
    public required string Nip { get; init; }

    public required Guid AgencyId { get; init; }

    public PersonnelDataset Dataset { get; init; }

    public required string Name { get; init; }

    public DateOnly BirthDate { get; init; }

    /// <summary>"L" (laki-laki) or "P" (perempuan).</summary>
    public required string Gender { get; init; }

    /// <summary>Golongan ruang code, e.g. "III/a" (<see cref="Golongan"/>).</summary>
    public required string Golongan { get; init; }

    /// <summary>TMT golongan: the date the current rank took effect.</summary>
    public DateOnly TmtGolongan { get; init; }

    public DateOnly TmtCpns { get; init; }

    public required string Jabatan { get; init; }

    public JenisJabatan JenisJabatan { get; init; }

    /// <summary>The organisational unit (unit organisasi) inside the agency.</summary>
    public required string Unor { get; init; }

    /// <summary>Highest education, e.g. "S-1 Ilmu Administrasi Negara".</summary>
    public string Pendidikan { get; init; } = "";

    public string Agama { get; init; } = "";

    /// <summary>The state treasury office (KPPN) that pays the salary.</summary>
    public string Kppn { get; init; } = "";

    /// <summary>The direct superior's NIP, when known.</summary>
    public string? AtasanNip { get; init; }

    /// <summary>"Aktif", "CLTN", "Pensiun", "Meninggal", "Diberhentikan".</summary>
    public string Status { get; init; } = "Aktif";

    /// <summary>When the record last changed (UTC); the web service's synchronisation pages by it.</summary>
    public DateTime UpdatedUtc { get; init; }
}
