using Bkn.Cms.Agencies;

namespace Bkn.Cms.WebService.Api;

/// <summary>One civil servant as the API answers it.</summary>
public sealed record PnsDto(
    string Nip,
    string Nama,
    DateOnly TanggalLahir,
    string JenisKelamin,
    string Golongan,
    string Pangkat,
    DateOnly TmtGolongan,
    DateOnly TmtCpns,
    string Jabatan,
    string JenisJabatan,
    string Unor,
    string Pendidikan,
    string Agama,
    string Kppn,
    string Status,
    DateTime Diperbarui)
{
    public static PnsDto From(PersonnelRecord r) => new(
        r.Nip,
        r.Name,
        r.BirthDate,
        r.Gender,
        r.Golongan,
        Agencies.Golongan.Find(r.Golongan)?.Pangkat ?? "",
        r.TmtGolongan,
        r.TmtCpns,
        r.Jabatan,
        r.JenisJabatan.ToString(),
        r.Unor,
        r.Pendidikan,
        r.Agama,
        r.Kppn,
        r.Status,
        DateTime.SpecifyKind(r.UpdatedUtc, DateTimeKind.Utc));
}

/// <summary>A page of changes: the records and the cursor of the next page (null on the last page).</summary>
public sealed record PnsPageDto(IReadOnlyList<PnsDto> Data, string? NextCursor, int Limit);

/// <summary>A reference table: its name and its rows (code and label).</summary>
public sealed record ReferenceDto(string Tabel, IReadOnlyList<ReferenceRowDto> Data);

public sealed record ReferenceRowDto(string Kode, string Nama);

/// <summary>The status of one KP or pension proposal as the API answers it.</summary>
public sealed record UsulanDto(
    string Nomor,
    string Jenis,
    bool Otomatis,
    string Nip,
    string Periode,
    string Status,
    string StatusKeterangan,
    DateTime? Diajukan,
    DateTime? Diputuskan,
    string? NomorPertek,
    string? NomorSk)
{
    public static UsulanDto From(ProposalStatusInfo p) => new(
        p.Number, p.Kind, p.Automatic, p.Nip, p.Period.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), p.StatusCode, p.StatusLabel,
        p.SubmittedUtc, p.DecidedUtc, p.PertekNumber, p.SkNumber);
}
