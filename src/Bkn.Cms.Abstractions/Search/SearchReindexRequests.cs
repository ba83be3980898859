using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search;

/// <summary>
/// Items the current transaction asks the search indexes to index again. The content engine notes every item it saves;
/// a module notes another item when what its <see cref="IContentIndexContributor"/> adds for that item depends on the
/// saved one (a regulation's status follows from the regulations that revoke or amend it). Written to the search change
/// log as the transaction commits; nothing happens when search is not installed.
/// </summary>
public sealed class SearchReindexRequests
{
    public SortedSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes <paramref name="contentItemId"/> for re-indexing when <paramref name="db"/>'s transaction commits.</summary>
    public static void Request(DbContext db, string contentItemId) => CommitWork.State<SearchReindexRequests>(db).Ids.Add(contentItemId);
}
