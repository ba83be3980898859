using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Search;

/// <summary>
/// The search document being built for one item in one index. Contributors add full text, keyword fields for
/// filters and exact-match keys (ranked first when a query names them, see <see cref="ExactMatch"/>).
/// </summary>
public sealed class ContentIndexContext(ContentItem item, ContentTypeDefinition definition, string indexName, Func<string, bool> isPartIndexed)
{
    private readonly List<string> _text = [];
    private readonly List<(string Field, string Value)> _keywords = [];
    private readonly List<string> _exact = [];

    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Definition { get; } = definition;

    public string IndexName { get; } = indexName;

    /// <summary>Year shown and filtered on; defaults to the publication (or creation) year. A regulation sets its own year.</summary>
    public int? Year { get; set; }

    public IReadOnlyList<string> Text => _text;

    public IReadOnlyList<(string Field, string Value)> Keywords => _keywords;

    public IReadOnlyList<string> ExactKeys => _exact;

    /// <summary>Whether the index's configuration includes the part (indexes may restrict themselves to some parts).</summary>
    public bool IsPartIndexed(string partName) => isPartIndexed(partName);

    /// <summary>Adds analysed full text (searched and shown in snippets).</summary>
    /// <summary>The index holds published versions only (a public index), not drafts.</summary>
    public bool PublishedOnly { get; init; }

    /// <summary>Set by <see cref="Exclude"/>: the item stays out of this index (e.g. exempt public information in a public index).</summary>
    public bool Excluded { get; private set; }

    public void Exclude() => Excluded = true;

    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _text.Add(text);
        }
    }

    /// <summary>Adds a keyword field stored as is (not analysed), e.g. for filters.</summary>
    public void AddKeyword(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _keywords.Add((field, value.Trim()));
        }
    }

    /// <summary>
    /// Adds an exact-match key such as a regulation number: a query that contains it (after
    /// <see cref="ExactMatch.Keys"/>) ranks this item first. Also the whole text is searchable as typed.
    /// </summary>
    public void AddExactMatch(string? value)
    {
        var key = ExactMatch.Normalize(value);
        if (key.Length > 0)
        {
            _exact.Add(key);
            _text.Add(value!);
        }
    }
}
