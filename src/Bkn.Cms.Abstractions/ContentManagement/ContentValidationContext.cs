namespace Bkn.Cms.ContentManagement;

/// <summary>Collects validation errors from handlers before a save.</summary>
public sealed class ContentValidationContext(ContentItem item, ContentTypeDefinition definition)
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Definition { get; } = definition;

    public bool IsValid => _errors.Count == 0;

    public void Fail(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list))
        {
            _errors[key] = list = [];
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
