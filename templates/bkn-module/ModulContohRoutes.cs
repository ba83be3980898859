namespace Bkn.Cms.ModulContoh;

/// <summary>Addresses of the module's pages.</summary>
public static class ModulContohRoutes
{
    /// <summary>The public list page; items live below it ("modulcontoh/{slug}").</summary>
    public const string Public = "/modulcontoh";

    /// <summary>The admin content list filtered to the module's type.</summary>
    public const string Admin = "/admin/konten?type=" + Models.ModulContohTypes.ModulContoh;
}
