namespace Bkn.Cms.ContentManagement;

/// <summary>Lists latest versions of items with filters and keyset paging that stays fast on large tables.</summary>
public interface IContentQuery
{
    Task<ContentPage> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default);
}
