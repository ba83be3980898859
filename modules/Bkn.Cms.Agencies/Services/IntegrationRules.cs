using Bkn.Cms.Agencies.Models;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// What "integrated" means for the yearly share (docs/DOMAIN-RULES.md §4): the agency's personnel data has been
/// reconciled with BKN's national data, and the agency is connected to it, either through the production web service
/// or by using BKN's reference tables. The share is integrated agencies over all agencies in the registry.
/// </summary>
public static class IntegrationRules
{
    public static bool IsIntegrated(AgencyRecord agency) => IsIntegrated(agency.Reconciled, agency.ProductionService, agency.ReferenceTables);

    public static bool IsIntegrated(bool reconciled, bool productionService, bool referenceTables) => reconciled && (productionService || referenceTables);

    /// <summary>The share in percent, rounded half away from zero to a whole percent as the annual report states it.</summary>
    public static int SharePercent(int integrated, int total) =>
        total == 0 ? 0 : (int)Math.Round(integrated * 100m / total, MidpointRounding.AwayFromZero);

    public static decimal ShareExact(int integrated, int total) => total == 0 ? 0 : Math.Round(integrated * 100m / total, 1);

    public static string Label(IntegrationStatus status) => status switch
    {
        IntegrationStatus.Implementasi => "Implementasi",
        IntegrationStatus.KoordinasiPenyiapanIpPublic => "Koordinasi dan penyiapan IP Public",
        IntegrationStatus.ImplementasiPenyiapanIpPublic => "Implementasi dan penyiapan IP Public",
        _ => "Belum ada",
    };

    /// <summary>Reads a status as written in Tabel 5 or in an import file ("Kordinasi" as the report spells it too).</summary>
    public static IntegrationStatus? ParseStatus(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace("kordinasi", "koordinasi", StringComparison.Ordinal);
        return t switch
        {
            "" or "-" or "belum" or "belum ada" => IntegrationStatus.Belum,
            "implementasi" => IntegrationStatus.Implementasi,
            "koordinasi dan penyiapan ip public" => IntegrationStatus.KoordinasiPenyiapanIpPublic,
            "implementasi dan penyiapan ip public" => IntegrationStatus.ImplementasiPenyiapanIpPublic,
            _ => null,
        };
    }

    public static string KindLabel(AgencyKind kind) => kind switch
    {
        AgencyKind.Pusat => "Instansi pusat",
        AgencyKind.Provinsi => "Provinsi",
        AgencyKind.Kabupaten => "Kabupaten",
        _ => "Kota",
    };

    public static AgencyKind? ParseKind(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "pusat" or "instansi pusat" => AgencyKind.Pusat,
        "provinsi" => AgencyKind.Provinsi,
        "kabupaten" => AgencyKind.Kabupaten,
        "kota" => AgencyKind.Kota,
        _ => null,
    };
}
