using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.ViewModels;

namespace Bkn.Cms.Contents.Services;

/// <summary>Flattens two versions into "Part.Property" rows so that an editor sees exactly what changed.</summary>
public static class ContentComparer
{
    public static IReadOnlyList<CompareRow> Compare(ContentItem left, ContentItem right)
    {
        var a = Flatten(left);
        var b = Flatten(right);
        return [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal).Select(path => new CompareRow(path, a.GetValueOrDefault(path, ""), b.GetValueOrDefault(path, "")))];
    }

    private static Dictionary<string, string> Flatten(ContentItem item)
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
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]");
                    }

                    break;
                case JsonValue value:
                    result[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                    break;
                default:
                    result[path] = "";
                    break;
            }
        }

        Walk(item.Content, "");
        return result;
    }
}
