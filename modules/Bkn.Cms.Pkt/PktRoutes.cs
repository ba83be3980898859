namespace Bkn.Cms.Pkt;

/// <summary>Addresses of the module's pages.</summary>
public static class PktRoutes
{
    public const string Public = "/pkt";

    public const string Kiosk = "/pkt/ambil";

    public const string Display = "/pkt/layar";

    public const string Ticket = "/pkt/tiket";

    public const string Survey = "/pkt/survei";

    public const string Console = "/admin/pkt/loket";

    public const string Reports = "/admin/pkt/laporan";

    public const string Api = "/api/pkt";
}
