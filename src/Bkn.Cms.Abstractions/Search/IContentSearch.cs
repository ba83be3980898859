namespace Bkn.Cms.Search;

/// <summary>
/// Full-text search over the latest versions for admin lists. The content list asks it when present and falls
/// back to its own title filter when it answers null (search feature off, no index of latest versions, index not built yet).
/// </summary>
public interface IContentSearch
{
    /// <summary>Ids of items whose latest version matches <paramref name="text"/>, best first, at most <paramref name="max"/>; or null when unavailable.</summary>
    Task<IReadOnlyList<string>?> FindLatestAsync(string text, int max, CancellationToken cancellationToken = default);
}
