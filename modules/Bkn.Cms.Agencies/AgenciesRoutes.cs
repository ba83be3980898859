namespace Bkn.Cms.Agencies;

/// <summary>Addresses of the module's pages and API.</summary>
public static class AgenciesRoutes
{
    public const string Admin = "/admin/instansi";
    public const string Dashboard = "/admin/instansi/dasbor";
    public const string Tabel5 = "/admin/instansi/tabel-5";
    public const string Users = "/admin/instansi/pengguna";
    public const string Personnel = "/admin/instansi/kepegawaian";
    public const string Api = "/api/agencies";
}
