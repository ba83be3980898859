namespace Bkn.Cms.Kepegawaian;

/// <summary>Addresses of the module's pages and API.</summary>
public static class KepegawaianRoutes
{
    public const string Admin = "/admin/kpo";
    public const string ApiUsulan = "/api/usulan";
    public const string ApiPns = "/api/pns";
}
