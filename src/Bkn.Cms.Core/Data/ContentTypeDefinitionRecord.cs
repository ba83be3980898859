namespace Bkn.Cms.Data;

/// <summary>A content type defined by a recipe or in the admin, stored as JSON.</summary>
public sealed class ContentTypeDefinitionRecord
{
    public string Name { get; set; } = "";

    public string Json { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}
