using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Reads what a part's editor posted beyond plain strings: typed values, uploads, lists. Runs after the generic reader
/// (which stores every "{Part.Name}.{Property}" input as a string) for each part of the type whose part name matches.
/// Register it scoped in the module's startup.
/// </summary>
public interface IContentPartFormReader
{
    string PartName { get; }

    Task ReadAsync(ContentPartFormContext context, CancellationToken cancellationToken);
}

public sealed class ContentPartFormContext(IFormCollection form, ContentItem item, ContentTypePartDefinition part, string? userId)
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public IFormCollection Form { get; } = form;

    public ContentItem Item { get; } = item;

    public ContentTypePartDefinition Part { get; } = part;

    /// <summary>The editor's user id, for audit fields such as "uploaded by".</summary>
    public string? UserId { get; } = userId;

    /// <summary>The part's JSON in the item, created when missing.</summary>
    public JsonObject Json
    {
        get
        {
            if (Item.Content[Part.Name] is not JsonObject json)
            {
                Item.Content[Part.Name] = json = [];
            }

            return json;
        }
    }

    public string InputName(string property) => $"{Part.Name}.{property}";

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Records an error for an input (key as <see cref="InputName"/>); the save is refused and the editor shows it.</summary>
    public void Fail(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list))
        {
            _errors[key] = list = [];
        }

        list.Add(message);
    }
}
