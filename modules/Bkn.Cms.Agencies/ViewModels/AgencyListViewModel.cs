using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;

namespace Bkn.Cms.Agencies.ViewModels;

/// <summary>The registry list: a page of agencies, the filters and the total.</summary>
public sealed class AgencyListViewModel
{
    public required AgencyFilter Filter { get; init; }

    public required IReadOnlyList<AgencyRecord> Items { get; init; }

    public int Total { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; }

    public bool CanManage { get; init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
