using Bkn.Cms.Navigation;

namespace Bkn.Cms.Search.Navigation;

/// <summary>The search form at the end of the public navigation.</summary>
public sealed class SearchPublicNavigation : IPublicNavigationProvider
{
    /// <summary>The public search page (SearchController).</summary>
    public const string PublicPath = "/cari";

    /// <summary>Views/Shared/Search/_NavSearchForm.cshtml, model <see cref="PublicNavigationEntry"/>.</summary>
    public const string FormPartialName = "Search/_NavSearchForm";

    public IEnumerable<PublicNavigationEntry> GetEntries() =>
        [new PublicNavigationEntry("Cari", PublicPath, 1000) { PartialName = FormPartialName }];
}
