using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Handlers;
using Bkn.Cms.Contents.Models;

namespace Bkn.Cms.Contents.Services;

/// <summary>The published taxonomies, for term pickers.</summary>
public sealed class TaxonomyCatalog(IContentQuery query, IContentDefinitionStore definitions)
{
    public async Task<IReadOnlyList<(ContentItem Taxonomy, IReadOnlyList<(TaxonomyTerm Term, int Depth)> Terms)>> ListAsync(CancellationToken cancellationToken)
    {
        var types = definitions.ListTypes().Where(d => d.HasPart(nameof(TaxonomyPart))).Select(d => d.Name).ToList();
        if (types.Count == 0)
        {
            return [];
        }

        var page = await query.ListAsync(new ContentListQuery { Types = types, Status = ContentStatusFilter.Published, PageSize = 200, Sort = ContentSort.TitleAsc }, cancellationToken);
        return [.. page.Items.Select(i => (i, (IReadOnlyList<(TaxonomyTerm, int)>)[.. TaxonomyPartHandler.Flatten(i.As<TaxonomyPart>()?.Terms ?? []).Select(p => (p.Term, p.Depth))]))];
    }
}
