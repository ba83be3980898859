using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Humas.Services;

/// <summary>
/// A word-level difference between two texts for the review page: segments of kept (0), removed (-1) and added (+1)
/// text, found with the longest common subsequence of words. Very long texts fall back to "all removed, all added".
/// </summary>
public static partial class TextDiff
{
    private const int MaxCells = 4_000_000;

    public static IReadOnlyList<(int Kind, string Text)> Words(string before, string after)
    {
        var a = Tokens().Matches(before ?? "").Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after ?? "").Select(m => m.Value).ToArray();
        if ((long)a.Length * b.Length > MaxCells)
        {
            return [.. new[] { (-1, before ?? ""), (1, after ?? "") }.Where(s => s.Item2.Length > 0)];
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<(int Kind, string Text)>();
        void Add(int kind, string text)
        {
            if (result.Count > 0 && result[^1].Kind == kind)
            {
                result[^1] = (kind, result[^1].Text + text);
            }
            else
            {
                result.Add((kind, text));
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Add(0, a[x++]);
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                Add(-1, a[x++]);
            }
            else
            {
                Add(1, b[y++]);
            }
        }

        while (x < a.Length)
        {
            Add(-1, a[x++]);
        }

        while (y < b.Length)
        {
            Add(1, b[y++]);
        }

        return result;
    }

    /// <summary>An item as "Part.Field.Property" → text rows (lists joined by commas), plus its display text.</summary>
    public static Dictionary<string, string> Flatten(ContentItem item)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal) { ["DisplayText"] = item.DisplayText };
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        Walk(value, path.Length == 0 ? key : $"{path}.{key}");
                    }

                    break;
                case JsonArray array:
                    result[path] = string.Join(", ", array.Select(v => v is JsonValue x && x.GetValueKind() == JsonValueKind.String ? x.GetValue<string>() : v?.ToJsonString() ?? ""));
                    break;
                case JsonValue value:
                    result[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                    break;
            }
        }

        Walk(item.Content, "");
        return result;
    }

    /// <summary>Words with the spaces that follow them, so that segments join back into the text.</summary>
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Tokens();
}
