namespace Bkn.Cms.ContentManagement;

/// <summary>A content type: a named list of parts with settings.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, ContentTypeSettings Settings, IReadOnlyList<ContentTypePartDefinition> Parts)
{
    public bool HasPart(string partName) => Parts.Any(p => p.PartName == partName);

    public ContentTypePartDefinition? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);
}
