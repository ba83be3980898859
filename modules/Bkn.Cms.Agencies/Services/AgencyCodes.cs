using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// BKN agency codes: <c>PUSAT-&lt;SHORT&gt;</c> for central agencies, <c>PROV-&lt;2-digit BPS code&gt;</c> for provinces,
/// <c>KAB-&lt;4-digit BPS code&gt;</c> and <c>KOTA-&lt;4-digit BPS code&gt;</c> for regencies and cities (their first two digits
/// are the province).
/// </summary>
public static partial class AgencyCodes
{
    public const string National = "Nasional";

    /// <summary>Null when the code is well formed, else an Indonesian sentence.</summary>
    public static string? Check(string? code) => KindOf(code) is null
        ? "Kode instansi harus berbentuk PUSAT-NAMA, PROV-nn, KAB-nnnn atau KOTA-nnnn."
        : null;

    public static AgencyKind? KindOf(string? code)
    {
        var c = code?.Trim().ToUpperInvariant() ?? "";
        if (PusatPattern().IsMatch(c))
        {
            return AgencyKind.Pusat;
        }

        if (ProvPattern().IsMatch(c))
        {
            return AgencyKind.Provinsi;
        }

        var m = RegionPattern().Match(c);
        if (!m.Success || m.Groups[2].Value[..2] == "00")
        {
            return null;
        }

        return m.Groups[1].Value == "KAB" ? AgencyKind.Kabupaten : AgencyKind.Kota;
    }

    /// <summary>The 2-digit BPS province code a regional agency's code carries.</summary>
    public static int? ProvinceOf(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        if (ProvPattern().Match(c) is { Success: true } p)
        {
            return int.Parse(p.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return RegionPattern().Match(c) is { Success: true } r ? int.Parse(r.Groups[2].Value[..2], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The agency's id, derived from its code, so every site (and every test) knows PROV-33 by the same id.</summary>
    public static Guid IdOf(string code)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("bkn-agency:" + code.Trim().ToUpperInvariant()));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    [GeneratedRegex("^PUSAT-[A-Z0-9]{2,30}$")]
    private static partial Regex PusatPattern();

    [GeneratedRegex("^PROV-([1-9][0-9])$")]
    private static partial Regex ProvPattern();

    [GeneratedRegex("^(KAB|KOTA)-([1-9][0-9]{3})$")]
    private static partial Regex RegionPattern();
}
