using Bkn.Cms.Features;

namespace Bkn.Cms.Search.Services;

/// <summary>The admin content list's full-text search: the index of latest versions, while the search feature is on.</summary>
public sealed class ContentSearch(SearchService search, IFeatureChecker features) : IContentSearch
{
    public Task<IReadOnlyList<string>?> FindLatestAsync(string text, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult(features.IsEnabled(SearchFeature.Id) ? search.FindLatestIds(text, max) : null);
}
