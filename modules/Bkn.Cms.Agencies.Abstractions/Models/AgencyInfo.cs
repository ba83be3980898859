namespace Bkn.Cms.Agencies;

/// <summary>What kind of government an agency (instansi) belongs to.</summary>
public enum AgencyKind
{
    /// <summary>A central agency: ministry, non-ministerial body, state institution.</summary>
    Pusat = 0,
    Provinsi = 1,
    Kabupaten = 2,
    Kota = 3,
}

/// <summary>The groups figures are reported in (pusat, provinsi, kabupaten/kota); pusat versus daerah is <see cref="AgencyKind.Pusat"/> or not.</summary>
public enum AgencyGroup
{
    Pusat = 0,
    Provinsi = 1,
    KabupatenKota = 2,
}

/// <summary>An agency (instansi) as the rest of the platform sees it.</summary>
/// <param name="Code">BKN's agency code (kode instansi), unique.</param>
/// <param name="Region">The province the agency sits in; "Nasional" for central agencies.</param>
/// <param name="ParentId">A regency's or city's province agency; null for central and provincial agencies.</param>
/// <param name="RegionalOffice">The Kantor Regional that serves the agency (e.g. "Kanreg I Yogyakarta"); central agencies are served by BKN Pusat.</param>
public sealed record AgencyInfo(Guid Id, string Code, string Name, AgencyKind Kind, string Region, Guid? ParentId, string RegionalOffice)
{
    public AgencyGroup Group => Kind switch
    {
        AgencyKind.Pusat => AgencyGroup.Pusat,
        AgencyKind.Provinsi => AgencyGroup.Provinsi,
        _ => AgencyGroup.KabupatenKota,
    };

    public bool IsCentral => Kind == AgencyKind.Pusat;
}
