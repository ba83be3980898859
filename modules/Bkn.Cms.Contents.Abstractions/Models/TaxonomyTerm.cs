namespace Bkn.Cms.Contents.Models;

/// <summary>A term of a taxonomy, with its sub-terms.</summary>
public sealed class TaxonomyTerm
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public List<TaxonomyTerm> Children { get; set; } = [];
}
