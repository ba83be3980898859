namespace Bkn.Cms.Contents.Indexes;

/// <summary>A path an item used to have; requests to it are redirected (301) to the current path.</summary>
public sealed class AutorouteRedirect
{
    public string Path { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
