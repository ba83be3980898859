using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Models;

namespace Bkn.Cms.WebService.ViewModels;

/// <summary>The onboarding list and the request form (agencies the user may request for).</summary>
public sealed class WsOnboardingListViewModel
{
    public required IReadOnlyList<WsOnboarding> Onboardings { get; init; }

    public required AgencySnapshot Agencies { get; init; }

    /// <summary>Agencies the user may ask access for (their own, or any for BKN staff).</summary>
    public required IReadOnlyList<AgencyInfo> RequestableAgencies { get; init; }

    public required DateTime NowUtc { get; init; }

    public WsOnboardingRequestInput Input { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];
}

public sealed class WsOnboardingRequestInput
{
    public Guid AgencyId { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public string PublicAddresses { get; set; } = "";
}

/// <summary>One onboarding with its history, test calls and the actions the user may take now.</summary>
public sealed class WsOnboardingDetailViewModel
{
    public required WsOnboarding Onboarding { get; init; }

    public required string AgencyName { get; init; }

    public required string AgencyCode { get; init; }

    public required IReadOnlyList<WsOnboardingEntry> History { get; init; }

    public required int SuccessfulTestCalls { get; init; }

    public required int MinTestCalls { get; init; }

    /// <summary>BKN staff holding the onboarding permission: approve, refuse, register the public IP.</summary>
    public required bool CanDecide { get; init; }

    public required DateTime NowUtc { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>A secret read once from an onboarding.</summary>
public sealed record WsOnboardingSecretViewModel(Guid OnboardingId, string AgencyName, WsEnvironment Environment, string ClientId, string Secret);
