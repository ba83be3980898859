namespace Bkn.Cms.Contents.Indexes;

/// <summary>Index row: the public path of a published item.</summary>
public sealed class AutorouteEntry
{
    public string Path { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";
}
