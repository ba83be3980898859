using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.ModulContoh.Models;

/// <summary>The module's own data on its content type; the title and address come from TitlePart and AutoroutePart.</summary>
public sealed class ModulContohPart : ContentPart
{
    public const int MaxSummaryLength = 500;

    /// <summary>A short summary shown on the public list.</summary>
    public string? Ringkasan { get; set; }
}
