using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search;

/// <summary>
/// A public document that is not a content item (e.g. an SOP in force, kept in a module's own table), as the public
/// search shows it: title, searched text, address, unit and date. <see cref="ExactKeys"/> (e.g. a document number)
/// rank the document first when a query names them, like <see cref="ContentIndexContext.AddExactMatch"/>.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The document's id within its source (no ':' needed; at most 90 characters).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text that is searched and from which result snippets are taken.</summary>
    public string Text { get; init; } = "";

    /// <summary>The public address of the document, e.g. "/informasi-publik/sop/…".</summary>
    public string? Url { get; init; }

    public Guid? UnitId { get; init; }

    /// <summary>The date shown and sorted on (UTC).</summary>
    public DateTime DateUtc { get; init; }

    /// <summary>Year shown and filtered on; defaults to the year of <see cref="DateUtc"/>.</summary>
    public int? Year { get; init; }

    public IReadOnlyList<string> ExactKeys { get; init; } = [];
}

/// <summary>One batch of <see cref="ISearchDocumentSource.ScanAsync"/>; pass <see cref="Position"/> to continue, an empty batch ends the scan.</summary>
public sealed record SearchDocumentPage(IReadOnlyList<SearchDocument> Documents, long Position);

/// <summary>
/// Feeds the public search with documents that are not content items. The search indexes every document the source
/// yields in each index that holds published versions only and lists <see cref="Type"/> among its content types (or
/// lists none, meaning every type, or the source is <see cref="AlwaysPublic"/>), on rebuild and whenever the source notes a change with
/// <see cref="SearchDocumentChanges.Request"/> (the search then asks <see cref="GetManyAsync"/> again). A source
/// yields only what visitors may see. Register it as a scoped service in the module's startup; when its feature is
/// off its documents leave the index at the next rebuild. Nothing happens when search is not installed.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>Unique lower-case name (letters, digits, hyphens), e.g. "sop": the prefix of its keys in the search change log.</summary>
    string Name { get; }

    /// <summary>The type stored with its documents and used by the type filter of the public search, e.g. "Sop".</summary>
    string Type { get; }

    /// <summary>The type as visitors read it in results and the type filter, e.g. "SOP".</summary>
    string TypeLabel { get; }

    /// <summary>
    /// True: the documents are public by nature, so every index of published versions (the public search /cari) holds
    /// them whether or not its content type list names <see cref="Type"/>, and the public type filter offers the type;
    /// no recipe has to add the type to an index (a site set up without sample data finds them too). False (default):
    /// only an index that lists the type, or lists none, holds them.
    /// </summary>
    bool AlwaysPublic => false;

    /// <summary>The current documents with these ids; an id without a document (withdrawn, never public) is removed from the index.</summary>
    Task<IReadOnlyList<SearchDocument>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every public document, in a stable order: the next <paramref name="size"/> after <paramref name="position"/> (0 to start).</summary>
    Task<SearchDocumentPage> ScanAsync(long position, int size, CancellationToken cancellationToken = default);
}

/// <summary>Keys of source documents in the search change log ("{source}:{id}"; content item ids never contain ':').</summary>
public static class SearchDocumentChanges
{
    public const char Separator = ':';

    public static string Key(string source, string id) => source + Separator + id;

    /// <summary>Splits a change-log key of a source document; false for a content item id.</summary>
    public static bool TryParse(string key, out string source, out string id)
    {
        var at = key.IndexOf(Separator, StringComparison.Ordinal);
        source = at > 0 ? key[..at] : "";
        id = at > 0 ? key[(at + 1)..] : "";
        return at > 0;
    }

    /// <summary>
    /// Notes that the document <paramref name="id"/> of <paramref name="source"/> changed (became public, changed, or was
    /// withdrawn): the search indexes ask the source again once <paramref name="db"/>'s transaction commits.
    /// </summary>
    public static void Request(DbContext db, string source, string id) => SearchReindexRequests.Request(db, Key(source, id));
}
