using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Search.Indexing;

/// <summary>What one index holds: the analyzer, the content types, published or latest versions, and which parts.</summary>
public sealed record SearchIndexSettings
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary><see cref="SearchAnalyzers.Indonesian"/> (default) or <see cref="SearchAnalyzers.Standard"/>.</summary>
    public string Analyzer { get; init; } = SearchAnalyzers.Indonesian;

    /// <summary>Content types included; empty means every type.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>True: the published versions (public search). False: the latest versions, drafts included (admin search).</summary>
    public bool PublishedOnly { get; init; } = true;

    /// <summary>Parts whose text is indexed; empty means every part. The title (display text) is always indexed.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>Keep the text in the index so results show highlighted snippets (costs disk space).</summary>
    public bool StoreText { get; init; } = true;

    public bool Includes(string contentType) => ContentTypes.Count == 0 || ContentTypes.Contains(contentType, StringComparer.Ordinal);

    /// <summary>
    /// Whether the index holds the documents of a <see cref="ISearchDocumentSource"/>: sources yield public documents,
    /// so only an index of published versions holds them, when it lists the source's type (or every type) or the source
    /// says its documents are always public (<see cref="ISearchDocumentSource.AlwaysPublic"/>).
    /// </summary>
    public bool IncludesDocuments(ISearchDocumentSource source) => PublishedOnly && (source.AlwaysPublic || Includes(source.Type));

    public bool IsPartIndexed(string part) => Parts.Count == 0 || Parts.Contains(part, StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SearchIndexSettings FromJson(string json) => JsonSerializer.Deserialize<SearchIndexSettings>(json, Json) ?? new SearchIndexSettings();
}
