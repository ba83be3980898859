using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bkn.Cms.ContentManagement;
using Lucene.Net.Documents;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Turns a content item into a Lucene document: title, the text of its (configured) parts with markup removed, type,
/// unit, year, public path, plus what the modules' <see cref="IContentIndexContributor"/>s add.
/// </summary>
public sealed partial class SearchDocumentFactory(IEnumerable<IContentIndexContributor> contributors, IContentDefinitionStore definitions)
{
    private const int MaxTextLength = 100_000;
    private const int MaxSpellingWords = 5_000;

    // Parts whose strings are addresses, schedules or ids, not text a reader searches for.
    private static readonly HashSet<string> SkippedParts = new(StringComparer.Ordinal) { "TitlePart", "AutoroutePart", "PublishLaterPart", "UnpublishLaterPart", "TaxonomyPart" };

    private static readonly HashSet<string> SkippedKeys = new(StringComparer.Ordinal) { "Format", "Path", "OgImage", "Image", "Url", "ContentItemIds", "TermIds" };

    private readonly IContentIndexContributor[] _contributors = [.. contributors];

    public Document? Create(ContentItem item, string indexName, SearchIndexSettings settings)
    {
        if (!settings.Includes(item.ContentType) || definitions.GetType(item.ContentType) is not { } definition)
        {
            return null;
        }

        if (!definition.Settings.Searchable || (settings.PublishedOnly && definition.Settings.Securable))
        {
            // Types kept out of search (their own search) are in no index; securable types (tickets, dossiers with personal
            // data) are never in a public index, whatever it lists.
            return null;
        }

        var context = new ContentIndexContext(item, definition, indexName, settings.IsPartIndexed) { PublishedOnly = settings.PublishedOnly };
        var proseParts = new List<string>();
        foreach (var (name, node) in item.Content)
        {
            if (node is JsonObject part && !SkippedParts.Contains(name) && settings.IsPartIndexed(name))
            {
                CollectText(part, context, proseParts);
            }
        }

        var fromParts = context.Text.Count;

        foreach (var contributor in _contributors)
        {
            contributor.Contribute(context);
        }

        if (context.Excluded)
        {
            return null;
        }

        var text = JoinText(context.Text);
        var prose = JoinText([.. proseParts, .. context.Text.Skip(fromParts).Where(IsProse)]);
        var storeText = settings.StoreText ? Field.Store.YES : Field.Store.NO;
        var date = item.PublishedUtc ?? item.ModifiedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch;
        var year = context.Year ?? date.Year;
        var document = new Document
        {
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, item.ContentType, Field.Store.YES),
            new StringField(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(SearchFields.Title, item.DisplayText, Field.Store.YES),
            new TextField(SearchFields.Text, text, storeText),
            new StoredField(SearchFields.Date, date.Ticks),
        };
        if (settings.StoreText && prose.Length > 0)
        {
            document.Add(new StoredField(SearchFields.Snippet, prose));
        }

        foreach (var word in SpellingWords(item.DisplayText + "\n" + text))
        {
            document.Add(new StringField(SearchFields.Spell, word, Field.Store.NO));
        }

        if (item.UnitId is { } unit)
        {
            document.Add(new StringField(SearchFields.Unit, unit.ToString("N"), Field.Store.YES));
        }

        if (item.Content["AutoroutePart"]?["Path"]?.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            document.Add(new StoredField(SearchFields.Url, "/" + item.Content["AutoroutePart"]!["Path"]!.GetValue<string>().TrimStart('/')));
        }

        var title = ExactMatch.Normalize(item.DisplayText);
        if (title.Length > 0)
        {
            document.Add(new StringField(SearchFields.Exact, title, Field.Store.NO));
        }

        foreach (var key in context.ExactKeys.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Exact, key, Field.Store.NO));
        }

        foreach (var (field, value) in context.Keywords)
        {
            document.Add(new StringField(SearchFields.KeywordPrefix + field, value, Field.Store.YES));
        }

        return document;
    }

    /// <summary>
    /// A document of an <see cref="ISearchDocumentSource"/> as a Lucene document: the same fields as a content item, keyed
    /// "{source}:{id}", typed with the source's type; null when the index does not hold the source's documents.
    /// </summary>
    public static Document? Create(SearchDocument source, ISearchDocumentSource from, SearchIndexSettings settings)
    {
        if (!settings.IncludesDocuments(from) || string.IsNullOrWhiteSpace(source.Title))
        {
            return null;
        }

        var text = PlainText(source.Text ?? "");
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var year = source.Year ?? source.DateUtc.Year;
        var document = new Document
        {
            new StringField(SearchFields.Id, SearchDocumentChanges.Key(from.Name, source.Id), Field.Store.YES),
            new StringField(SearchFields.Type, from.Type, Field.Store.YES),
            new StringField(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Text, text, settings.StoreText ? Field.Store.YES : Field.Store.NO),
            new StoredField(SearchFields.Date, source.DateUtc.Ticks),
        };
        if (settings.StoreText && text.Length > 0)
        {
            document.Add(new StoredField(SearchFields.Snippet, text));
        }

        foreach (var word in SpellingWords(source.Title + "\n" + text))
        {
            document.Add(new StringField(SearchFields.Spell, word, Field.Store.NO));
        }

        if (source.UnitId is { } unit)
        {
            document.Add(new StringField(SearchFields.Unit, unit.ToString("N"), Field.Store.YES));
        }

        if (!string.IsNullOrEmpty(source.Url))
        {
            document.Add(new StoredField(SearchFields.Url, source.Url));
        }

        foreach (var key in source.ExactKeys.Append(source.Title).Select(ExactMatch.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Exact, key, Field.Store.NO));
        }

        return document;
    }

    /// <summary>
    /// The distinct words of <paramref name="text"/> as a reader spells them (lower case, letters only, 3 to 30 letters):
    /// the dictionary the search's spelling suggestions are drawn from. Words are not stemmed, so a suggestion is a real word.
    /// </summary>
    public static IEnumerable<string> SpellingWords(string text) =>
        WordRegex().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length is >= 3 and <= 30)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSpellingWords);

    // Ready-made posts for social media and messengers repeat the body in another voice: searched, never a snippet.
    private static bool IsShareText(string key) =>
        (key.Contains("Medsos", StringComparison.OrdinalIgnoreCase) || key.Contains("WhatsApp", StringComparison.OrdinalIgnoreCase)
            || key.Contains("Social", StringComparison.OrdinalIgnoreCase) || key.Contains("Share", StringComparison.OrdinalIgnoreCase));

    // Sentences, not metadata: a value of six words or more (a body, an abstract, a summary). Numbers, places, statuses
    // and type names are searched but make poor snippets.
    private static bool IsProse(string text) => WordRegex().Count(text) >= 6;

    /// <summary>Markdown and HTML reduced to words (for the index and for snippets).</summary>
    public static string PlainText(string value)
    {
        if (value.Contains('<', StringComparison.Ordinal))
        {
            value = TagRegex().Replace(value, " ");
        }

        value = WebUtility.HtmlDecode(value);
        return MarkdownRegex().Replace(value, " ");
    }

    private static void CollectText(JsonNode? node, ContentIndexContext context, List<string> prose, bool shareText = false)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (!SkippedKeys.Contains(name))
                    {
                        CollectText(child, context, prose, shareText || IsShareText(name));
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectText(child, context, prose, shareText);
                }

                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var text = value.GetValue<string>();
                if (IsText(text))
                {
                    var plain = PlainText(text);
                    context.AddText(plain);
                    if (!shareText && IsProse(plain))
                    {
                        prose.Add(plain);
                    }
                }

                break;
        }
    }

    // Ids (26-char ULID-like), paths and URLs are not words.
    private static bool IsText(string value) =>
        value.Length > 1
        && !value.StartsWith('/')
        && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
        && !(value.Length == 26 && !value.Contains(' ', StringComparison.Ordinal));

    private static string JoinText(IReadOnlyList<string> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0].Length > MaxTextLength ? parts[0][..MaxTextLength] : parts[0];
        }

        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(part);
            if (builder.Length > MaxTextLength)
            {
                builder.Length = MaxTextLength;
                break;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"[#*_`>|~]+|!?\[|\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownRegex();
}
