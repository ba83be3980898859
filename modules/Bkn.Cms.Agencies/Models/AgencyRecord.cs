namespace Bkn.Cms.Agencies.Models;

/// <summary>The integration status column of Tabel 5: where an agency stands with the BKN web service.</summary>
public enum IntegrationStatus
{
    /// <summary>No status recorded yet (the Tabel 5 cell is empty).</summary>
    Belum = 0,

    /// <summary>"Koordinasi dan penyiapan IP Public": coordination under way, the public IP address is being prepared.</summary>
    KoordinasiPenyiapanIpPublic = 1,

    /// <summary>"Implementasi dan penyiapan IP Public": calls are being implemented while the public IP is prepared.</summary>
    ImplementasiPenyiapanIpPublic = 2,

    /// <summary>"Implementasi": the agency uses the web service.</summary>
    Implementasi = 3,
}

/// <summary>One agency (instansi) of the registry with its contacts and its integration columns.</summary>
public sealed class AgencyRecord
{
    public const int CodeLength = 40;
    public const int NameLength = 200;
    public const int TextLength = 200;

    public Guid Id { get; set; }

    /// <summary>BKN agency code: PUSAT-*, PROV-nn, KAB-nnnn, KOTA-nnnn.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Short name, e.g. "KemenPAN-RB".</summary>
    public string ShortName { get; set; } = "";

    public AgencyKind Kind { get; set; }

    /// <summary>Province name; "Nasional" for central agencies.</summary>
    public string Region { get; set; } = "";

    public Guid? ParentId { get; set; }

    /// <summary>The Kantor Regional serving the agency, or "BKN Pusat" for central agencies.</summary>
    public string RegionalOffice { get; set; } = "";

    public string Address { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    // Integration (Tabel 5 columns and the reconciliation that the yearly share counts).

    public bool TrainingService { get; set; }

    public bool ProductionService { get; set; }

    public bool PublicIpReady { get; set; }

    public IntegrationStatus Status { get; set; }

    /// <summary>The agency's personnel data has been reconciled with BKN's national data (rekonsiliasi data).</summary>
    public bool Reconciled { get; set; }

    /// <summary>The agency uses BKN's reference tables (tabel referensi) in its own system.</summary>
    public bool ReferenceTables { get; set; }

    /// <summary>Row number in Tabel 5 of the 2017 report, when the agency is listed there.</summary>
    public int? Tabel5No { get; set; }

    /// <summary>One of the seven KPO/PPO pilot agencies.</summary>
    public bool KpoPilot { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Integrated for the yearly share: see <see cref="Services.IntegrationRules.IsIntegrated"/>.</summary>
    public bool Integrated => Services.IntegrationRules.IsIntegrated(this);

    public AgencyInfo ToInfo() => new(Id, Code, Name, Kind, Region, ParentId, RegionalOffice);
}

/// <summary>One change of an agency's integration columns: who, when, which column, old and new value.</summary>
public sealed class AgencyStatusChange
{
    public long Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The column's Indonesian label.</summary>
    public string Field { get; set; } = "";

    public string OldValue { get; set; } = "";

    public string NewValue { get; set; } = "";
}

/// <summary>The integration target of a year, in percent of all agencies (40 for 2017).</summary>
public sealed class AgencyTarget
{
    public int Year { get; set; }

    public int TargetPercent { get; set; }
}

/// <summary>An agency user: the user belongs to this agency instead of a BKN unit.</summary>
public sealed class AgencyMembership
{
    public string UserId { get; set; } = "";

    public Guid AgencyId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
