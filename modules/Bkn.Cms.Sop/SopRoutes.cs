using Bkn.Cms.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Sop;

/// <summary>Addresses of the module's pages.</summary>
public static class SopRoutes
{
    /// <summary>The public list of SOPs in force; each SOP lives below it ("{series id}", print view "{series id}/cetak").</summary>
    public const string Public = "/informasi-publik/sop";

    /// <summary>The admin register.</summary>
    public const string Admin = "/admin/sop";

    /// <summary>The register API (bearer).</summary>
    public const string Api = "/api/sop";

    /// <summary>An address for e-mails: absolute with <c>App:BaseUrl</c> when it is set (always outside Development).</summary>
    public static string Absolute(IConfiguration configuration, string path) =>
        (configuration[SiteBaseUrl.Key] is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') : "") + path;
}
