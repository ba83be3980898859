using Bkn.Cms.Security;

namespace Bkn.Cms.Search;

/// <summary>Permissions of search: managing the indexes. Searching public content needs none.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageSearchIndexesName = "ManageSearchIndexes";

    public static readonly Permission ManageSearchIndexes = new(ManageSearchIndexesName, "Mengelola indeks pencarian", "Konfigurasi");

    public IEnumerable<Permission> GetPermissions() => [ManageSearchIndexes];
}
