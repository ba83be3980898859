using System.Text;
using Bkn.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bkn.Cms.Search.Services;

/// <summary>
/// "Did you mean": replaces each word of a query that no indexed page contains by the closest word that pages do contain
/// (at most one edit for short words, two for longer ones, a swap of two neighbouring letters counting as one; the same
/// first letter; among equals the word most pages use). The dictionary is the index itself: the unstemmed words of every
/// page's title and text (<see cref="SearchFields.Spell"/>), so suggestions are words the site really uses.
/// </summary>
public static class SpellingSuggester
{
    private const int MaxCandidates = 500;

    /// <summary>The corrected query (lower case), or null when every word is known or nothing close is found.</summary>
    public static string? Suggest(IndexReader reader, string query)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null)
        {
            return null; // An index built before the dictionary existed: no suggestions until it is rebuilt.
        }

        var words = Words(query);
        var changed = false;
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var correction = word.Length >= 3 && word.All(char.IsLetter) && reader.DocFreq(new Term(SearchFields.Spell, word)) == 0
                ? Closest(terms, word)
                : null;
            changed |= correction is not null;
            result.Add(correction ?? word);
        }

        return changed ? string.Join(' ', result) : null;
    }

    private static string? Closest(Terms terms, string word)
    {
        var maxEdits = word.Length <= 4 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Spell, word), maxEdits, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var seen = 0; seen < MaxCandidates && fuzzy.MoveNext(); seen++)
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var distance = Distance(word, candidate);
            var frequency = fuzzy.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return bestDistance <= maxEdits ? best : null;
    }

    private static List<string> Words(string query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
