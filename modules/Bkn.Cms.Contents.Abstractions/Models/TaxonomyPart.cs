using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Makes an item a taxonomy: a tree of terms (topics, tags, categories) that other items can be classified with.</summary>
public sealed class TaxonomyPart : ContentPart
{
    public List<TaxonomyTerm> Terms { get; set; } = [];
}
