using System.Text.Json.Nodes;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// A part attached to a type. <see cref="Name"/> is the JSON property it is stored under (usually the part name;
/// the type's own part, named like the type, carries the fields added to the type).
/// </summary>
public sealed record ContentTypePartDefinition(string Name, string PartName, IReadOnlyList<ContentFieldDefinition> Fields)
{
    public JsonObject? Settings { get; init; }
}
