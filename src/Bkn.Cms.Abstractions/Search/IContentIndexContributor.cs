namespace Bkn.Cms.Search;

/// <summary>
/// Puts what a module's parts hold into a search document (e.g. a regulation's number and year as exact keys).
/// Runs for every item an index includes, when the item is indexed and on rebuild; must be fast and pure.
/// </summary>
public interface IContentIndexContributor
{
    void Contribute(ContentIndexContext context);
}
