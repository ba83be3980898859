namespace Bkn.Cms.ContentManagement;

/// <summary>Lists latest versions of items with filters and keyset paging that stays fast on large tables.</summary>
public interface IContentQuery
{
    Task<ContentPage> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Latest or published versions whose parts mention <paramref name="text"/> (e.g. a media URL), newest first.</summary>
    Task<IReadOnlyList<ContentItem>> FindReferencesAsync(string text, int max, CancellationToken cancellationToken = default);
}
