namespace Bkn.Cms.Search;

/// <summary>The search feature id.</summary>
public static class SearchFeature
{
    public const string Id = "Bkn.Cms.Search";
}
