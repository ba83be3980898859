namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Bulk insert of new, published items exactly as given (ids, dates, owner), without handlers or index providers:
/// for generated sample data and benchmarks whose module writes its own index rows in the same transaction.
/// </summary>
public interface IContentImporter
{
    Task ImportAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default);
}
