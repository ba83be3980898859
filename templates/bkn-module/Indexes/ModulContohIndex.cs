namespace Bkn.Cms.ModulContoh.Indexes;

/// <summary>One row per published item of the module's type: what the public list shows, read without loading documents.</summary>
public sealed class ModulContohIndex
{
    public const int TitleLength = 300;
    public const int PathLength = 400;

    public string ContentItemId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Path { get; set; } = "";

    public string Ringkasan { get; set; } = "";

    public DateTime PublishedUtc { get; set; }
}
