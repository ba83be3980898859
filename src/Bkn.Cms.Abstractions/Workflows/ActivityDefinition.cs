using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows;

/// <summary>One activity of a workflow type: which activity (by name), its properties and its place in the diagram.</summary>
public sealed class ActivityDefinition
{
    /// <summary>Id unique within the type, e.g. "a1".</summary>
    public string Id { get; set; } = "";

    /// <summary>The <see cref="IActivity.Name"/> of the activity.</summary>
    public string Name { get; set; } = "";

    /// <summary>An event that starts new instances.</summary>
    public bool IsStart { get; set; }

    /// <summary>Optional label shown in the diagram instead of the activity's display text.</summary>
    public string? Title { get; set; }

    public int X { get; set; }

    public int Y { get; set; }

    public JsonObject Properties { get; set; } = [];

    public string? GetString(string name) =>
        Properties.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public bool GetBoolean(string name) =>
        Properties.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    /// <summary>A list property: a JSON array of strings, or a comma/line separated string.</summary>
    public IReadOnlyList<string> GetList(string name)
    {
        if (!Properties.TryGetPropertyValue(name, out var node) || node is null)
        {
            return [];
        }

        if (node is JsonArray array)
        {
            return [.. array.Select(n => n?.ToString().Trim() ?? "").Where(s => s.Length > 0)];
        }

        return [.. node.ToString().Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
