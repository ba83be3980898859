namespace Bkn.Cms.Sapk;

/// <summary>Addresses of the module's pages and API.</summary>
public static class SapkRoutes
{
    /// <summary>The public page with the latest totals and the trend.</summary>
    public const string Public = "/informasi-publik/sapk";

    public const string Dashboard = "/admin/sapk";

    public const string Export = "/admin/sapk/ekspor";

    public const string Import = "/admin/sapk/data";

    public const string Upload = "/admin/sapk/data/unggah";

    public const string Template = "/admin/sapk/data/templat";

    public const string Batch = "/admin/sapk/data/batch";

    public const string Pull = "/admin/sapk/data/tarik";

    public const string Api = "/api/sapk";
}
