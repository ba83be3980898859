using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Classifies an item with terms of taxonomies; each entry is "{taxonomyContentItemId}:{termId}".</summary>
public sealed class TermsPart : ContentPart
{
    public List<string> Terms { get; set; } = [];
}
