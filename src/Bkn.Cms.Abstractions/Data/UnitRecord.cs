namespace Bkn.Cms.Data;

/// <summary>A row of the unit tree (Unit Kerja).</summary>
public sealed class UnitRecord
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Stable short code used by recipes and URLs, unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Sekretariat Utama, Deputi, Direktorat, Pusat, Biro, Kantor Regional, UPT …</summary>
    public string Kind { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
