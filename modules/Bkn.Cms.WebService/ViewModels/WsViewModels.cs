using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;

namespace Bkn.Cms.WebService.ViewModels;

public sealed record WsClientListViewModel(IReadOnlyList<WsClient> Clients, AgencySnapshot Agencies, DateTime NowUtc);

public sealed class WsClientFormViewModel
{
    public WsClient? Client { get; init; }

    public required WsClientInput Input { get; init; }

    public required IReadOnlyList<AgencyInfo> Agencies { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? Message { get; init; }

    public string? AgencyName { get; init; }

    public DateTime NowUtc { get; init; }
}

/// <summary>A secret just issued: shown on this page only.</summary>
public sealed record WsSecretViewModel(WsClient Client, string Secret, string AgencyName, bool Rotated);

public sealed record WsUsageViewModel(
    int Days,
    IReadOnlyList<WsUsageAgency> Agencies,
    AgencySnapshot Directory,
    AgencyInfo? Selected,
    IReadOnlyList<WsUsageDay> Daily);

public sealed record WsAlertsViewModel(IReadOnlyList<WsCall> Alerts, AgencySnapshot Directory);
