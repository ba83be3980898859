using System.Buffers;
using System.Text;
using Bkn.Cms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bkn.Cms.Search.Services;

/// <summary>
/// Turns what a visitor typed into a Lucene query without the query parser. Words and "quoted phrases" go through the
/// index's analyzer and become term and phrase queries on the title (weighted 3×) and the text; a word led by "-" must
/// not occur. Nothing else is syntax: regular expressions, wildcards, fuzzy and proximity operators, ranges and field
/// names are searched as the words they contain, so any text is safe, and the query never holds more than
/// <see cref="MaxUnits"/> words or phrases.
/// </summary>
public static class SearchQueryBuilder
{
    /// <summary>Most words and phrases a query uses; the rest is ignored (with a notice).</summary>
    public const int MaxUnits = 16;

    private const float TitleBoost = 3f;

    // What the classic parser would have read as syntax: typed by a visitor, it is searched as plain text.
    private static readonly SearchValues<char> SyntaxCharacters = SearchValues.Create("+-&|!(){}[]^\"~*?:\\/");

    // Parser syntax between words ("title:x", "(a", "a~2") separates them; "/", "." and "-" inside a word are left to the
    // analyzer, which knows "25/2013" and "PP-11".
    private static readonly SearchValues<char> Separators = SearchValues.Create(":()[]{}^~*?\\!+&|");

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    /// <summary>
    /// The query for <paramref name="text"/>: every word or phrase must match (<paramref name="allWords"/>) or any may.
    /// <see cref="BuiltQuery.Query"/> is null when nothing searchable is left (only stop words or punctuation).
    /// </summary>
    public static BuiltQuery Build(string text, Analyzer analyzer, bool allWords)
    {
        var units = Split(text);
        var truncated = units.Count > MaxUnits;
        var builder = new QueryBuilder(analyzer);
        var query = new BooleanQuery();
        var positive = 0;
        foreach (var unit in units.Take(MaxUnits))
        {
            var fields = new BooleanQuery();
            foreach (var (field, boost) in new[] { (SearchFields.Title, TitleBoost), (SearchFields.Text, 1f) })
            {
                var part = unit.Phrase
                    ? builder.CreatePhraseQuery(field, unit.Text)
                    : builder.CreateBooleanQuery(field, unit.Text, allWords ? Occur.MUST : Occur.SHOULD);
                if (part is not null)
                {
                    part.Boost = boost;
                    fields.Add(part, Occur.SHOULD);
                }
            }

            if (fields.Clauses.Count == 0)
            {
                continue; // A stop word or punctuation only.
            }

            query.Add(fields, unit.Excluded ? Occur.MUST_NOT : allWords ? Occur.MUST : Occur.SHOULD);
            positive += unit.Excluded ? 0 : 1;
        }

        return new BuiltQuery(positive == 0 ? null : query, truncated, text.AsSpan().ContainsAny(SyntaxCharacters));
    }

    private static List<Unit> Split(string text)
    {
        var units = new List<Unit>();
        var word = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && text.IndexOf('"', i + 1) is var end and > 0)
            {
                Flush(units, word);
                if (text.AsSpan(i + 1, end - i - 1).Trim() is { Length: > 0 } phrase)
                {
                    units.Add(new Unit(phrase.ToString(), Phrase: true, Excluded: false));
                }

                i = end + 1;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '"' || Separators.Contains(c))
            {
                Flush(units, word);
            }
            else
            {
                word.Append(c);
            }

            i++;
        }

        Flush(units, word);
        return units;
    }

    private static void Flush(List<Unit> units, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (Connectors.Contains(text))
        {
            return;
        }

        var excluded = text.Length > 1 && text[0] == '-';
        units.Add(new Unit(excluded ? text[1..] : text, Phrase: false, excluded));
    }

    private sealed record Unit(string Text, bool Phrase, bool Excluded);
}
