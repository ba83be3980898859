namespace Bkn.Cms.Agencies;

/// <summary>Read and correct personnel records. Every read that serves a user or a caller is scoped by agency by the caller.</summary>
public interface IPersonnelRecords
{
    Task<PersonnelRecord?> FindAsync(string nip, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersonnelRecord>> FindManyAsync(IReadOnlyCollection<string> nips, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default);

    /// <summary>Every active record of an agency, streamed in NIP order (nominative lists read 100,000 of them).</summary>
    IAsyncEnumerable<PersonnelRecord> StreamByAgencyAsync(Guid agencyId, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records of an agency changed since a moment, in (UpdatedUtc, Nip) order, after the keyset position
    /// <paramref name="after"/> (the last row of the previous page), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<PersonnelRecord>> ChangesAsync(
        Guid agencyId,
        PersonnelDataset dataset,
        string? unor,
        DateTime? updatedSince,
        PersonnelKeyset? after,
        int limit,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes fields of one record as a correction accepted by BKN: all or nothing, the old and new values audited,
    /// <see cref="PersonnelRecord.UpdatedUtc"/> moved on. Field names are <see cref="PersonnelFields"/>; an unknown
    /// field or an invalid value throws <see cref="PersonnelCorrectionException"/> with an Indonesian message and
    /// changes nothing.
    /// </summary>
    Task<PersonnelRecord> ApplyCorrectionAsync(string nip, IReadOnlyDictionary<string, string?> changes, string actorUserId, string reason, CancellationToken cancellationToken = default);
}

/// <summary>A keyset position in the changes feed.</summary>
public readonly record struct PersonnelKeyset(DateTime UpdatedUtc, string Nip);

/// <summary>The record fields a correction may change.</summary>
public static class PersonnelFields
{
    public const string Name = nameof(PersonnelRecord.Name);
    public const string Golongan = nameof(PersonnelRecord.Golongan);
    public const string TmtGolongan = nameof(PersonnelRecord.TmtGolongan);
    public const string Jabatan = nameof(PersonnelRecord.Jabatan);
    public const string JenisJabatan = nameof(PersonnelRecord.JenisJabatan);
    public const string Unor = nameof(PersonnelRecord.Unor);
    public const string Pendidikan = nameof(PersonnelRecord.Pendidikan);
    public const string Kppn = nameof(PersonnelRecord.Kppn);
    public const string AtasanNip = nameof(PersonnelRecord.AtasanNip);
    public const string Status = nameof(PersonnelRecord.Status);

    public static IReadOnlyList<string> All { get; } = [Name, Golongan, TmtGolongan, Jabatan, JenisJabatan, Unor, Pendidikan, Kppn, AtasanNip, Status];
}

public sealed class PersonnelCorrectionException(string message) : Exception(message);
