namespace Bkn.Cms.Hosting;

/// <summary>Well-known paths of the host.</summary>
public static class CmsPaths
{
    public const string Admin = "/admin";
    public const string Api = "/api";
    public const string Login = "/akun/masuk";
    public const string Logout = "/akun/keluar";
    public const string AccessDenied = "/akun/ditolak";
    public const string Health = "/health";
}
