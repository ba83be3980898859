namespace Bkn.Cms.WebService.Models;

/// <summary>One audited call of the web service (token endpoint or API), refused ones included.</summary>
public sealed class WsCall
{
    public long Id { get; set; }

    /// <summary>
    /// The call's own unique key, given when the row enters the audit's write-ahead file, so a row replayed from that
    /// file after a crash is inserted at most once. Null only on rows written before the key existed.
    /// </summary>
    public Guid? Key { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The client that called, or the client_id it claimed; empty when no client could be told.</summary>
    public string ClientId { get; set; } = "";

    public Guid? AgencyId { get; set; }

    public WsEnvironment? Environment { get; set; }

    /// <summary>The route template (e.g. <c>GET /api/ws/v1/pns/{nip}</c>), never the concrete path: no NIP is stored.</summary>
    public string Endpoint { get; set; } = "";

    public int Status { get; set; }

    public double DurationMs { get; set; }

    public int Records { get; set; }

    /// <summary>The caller's address as the site sees it (after known proxies).</summary>
    public string Address { get; set; } = "";

    /// <summary>Why the call was refused (<see cref="WsRefusals"/>), null when it was served.</summary>
    public string? Refusal { get; set; }
}

/// <summary>Refusal reasons stored with a call.</summary>
public static class WsRefusals
{
    public const string Address = "address";
    public const string Token = "token";
    public const string Revoked = "revoked";
    public const string Scope = "scope";
    public const string RateLimit = "rate";
    public const string BadInput = "input";
    public const string Secret = "secret";

    public static string Describe(string? refusal) => refusal switch
    {
        Address => "Alamat tidak diizinkan",
        Token => "Token tidak sah atau kedaluwarsa",
        Revoked => "Klien dicabut",
        Scope => "Cakupan tidak diberikan",
        RateLimit => "Batas laju terlampaui",
        BadInput => "Masukan tidak sah",
        Secret => "Rahasia klien salah",
        null => "",
        _ => refusal,
    };
}
