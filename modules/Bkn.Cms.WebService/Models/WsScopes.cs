namespace Bkn.Cms.WebService.Models;

/// <summary>The scopes a client may be granted.</summary>
public static class WsScopes
{
    /// <summary>Read civil servants' records of the own agency (<c>/pns</c>).</summary>
    public const string Pns = "pns.read";

    /// <summary>Read the reference tables (<c>/referensi</c>).</summary>
    public const string Referensi = "referensi.read";

    /// <summary>Read the status of the own agency's KP and pension proposals (<c>/usulan</c>).</summary>
    public const string Usulan = "usulan.read";

    public static IReadOnlyList<string> All { get; } = [Pns, Referensi, Usulan];

    public static string Describe(string scope) => scope switch
    {
        Pns => "Data PNS instansi sendiri",
        Referensi => "Tabel referensi",
        Usulan => "Status usulan KP dan pensiun instansi sendiri",
        _ => scope,
    };
}
