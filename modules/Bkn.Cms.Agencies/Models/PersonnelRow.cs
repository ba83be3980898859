namespace Bkn.Cms.Agencies.Models;

/// <summary>The stored form of a <see cref="PersonnelRecord"/>; the key is (Dataset, Nip).</summary>
public sealed class PersonnelRow
{
    public string Nip { get; set; } = "";

    public PersonnelDataset Dataset { get; set; }

    public Guid AgencyId { get; set; }

    public string Name { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public string Gender { get; set; } = "L";

    public string Golongan { get; set; } = "";

    public DateOnly TmtGolongan { get; set; }

    public DateOnly TmtCpns { get; set; }

    public string Jabatan { get; set; } = "";

    public JenisJabatan JenisJabatan { get; set; }

    public string Unor { get; set; } = "";

    public string Pendidikan { get; set; } = "";

    public string Agama { get; set; } = "";

    public string Kppn { get; set; } = "";

    public string? AtasanNip { get; set; }

    public string Status { get; set; } = "Aktif";

    public DateTime UpdatedUtc { get; set; }

    public PersonnelRecord ToRecord() => new()
    {
        Nip = Nip,
        AgencyId = AgencyId,
        Dataset = Dataset,
        Name = Name,
        BirthDate = BirthDate,
        Gender = Gender,
        Golongan = Golongan,
        TmtGolongan = TmtGolongan,
        TmtCpns = TmtCpns,
        Jabatan = Jabatan,
        JenisJabatan = JenisJabatan,
        Unor = Unor,
        Pendidikan = Pendidikan,
        Agama = Agama,
        Kppn = Kppn,
        AtasanNip = AtasanNip,
        Status = Status,
        UpdatedUtc = UpdatedUtc,
    };
}

/// <summary>One field changed by an accepted correction, with its old and new value (written with the change).</summary>
public sealed class PersonnelCorrection
{
    public long Id { get; set; }

    public string Nip { get; set; } = "";

    public PersonnelDataset Dataset { get; set; }

    public Guid AgencyId { get; set; }

    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string ActorUserId { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTime CorrectedUtc { get; set; }
}
