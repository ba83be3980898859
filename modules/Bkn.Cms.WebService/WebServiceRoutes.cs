namespace Bkn.Cms.WebService;

/// <summary>Addresses of the web service and its admin pages.</summary>
public static class WebServiceRoutes
{
    /// <summary>OAuth2 token endpoint (client credentials).</summary>
    public const string Token = "/connect/token";

    /// <summary>The versioned personnel API.</summary>
    public const string Api = "/api/ws/v1";

    public const string OpenApi = Api + "/openapi.json";

    public const string Docs = "/api/ws/docs";

    public const string Admin = "/admin/layanan-web";

    public const string AdminUsage = Admin + "/penggunaan";

    public const string AdminAlerts = Admin + "/peringatan";

    public const string AdminOnboarding = Admin + "/pengajuan";
}
