using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.Services;

/// <summary>One page of a public list.</summary>
public sealed record PublicationPage(IReadOnlyList<PublicationIndex> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
