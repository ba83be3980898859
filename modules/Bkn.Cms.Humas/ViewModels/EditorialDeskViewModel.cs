using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.ViewModels;

/// <summary>The editorial desk: Humas items of editorial types with their workflow state.</summary>
public sealed record EditorialDeskViewModel(IReadOnlyList<(ContentItem Item, EditorialState State)> Rows, string? Status)
{
    /// <summary>Editorial types the user may write ("Tulis …" buttons).</summary>
    public IReadOnlyList<string> Writable { get; init; } = [];
}
