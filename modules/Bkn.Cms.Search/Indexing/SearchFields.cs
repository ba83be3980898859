namespace Bkn.Cms.Search.Indexing;

/// <summary>Field names of a search document.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Year = "year";
    public const string Unit = "unit";
    public const string Title = "title";
    public const string Text = "text";
    public const string Exact = "exact";
    public const string Url = "url";
    public const string Date = "date";

    /// <summary>Stored prose of the item (its sentences, without short metadata values): the source of result snippets.</summary>
    public const string Snippet = "snippet";

    /// <summary>Every word of the title and text as written (lower case, not stemmed): the spelling dictionary of "did you mean".</summary>
    public const string Spell = "spell";

    /// <summary>Prefix of keyword fields added by contributors (<c>kw.number</c>).</summary>
    public const string KeywordPrefix = "kw.";
}
