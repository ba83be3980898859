using Bkn.Cms.WebService.Services;
using Bkn.Cms.Workflows;

namespace Bkn.Cms.WebService.Activities;

/// <summary>
/// A step of a web-service onboarding taken by a person (<see cref="WsOnboardingService"/>): requested, approved,
/// refused, production requested, public IP registered. The correlation id is the onboarding's id; the input carries
/// <c>stage</c>, <c>onboardingId</c>, <c>agencyCode</c> and <c>actor</c>. The activity reacts to its chosen stage only.
/// </summary>
public sealed class WsOnboardingEvent : WorkflowEvent
{
    public const string EventName = "WsOnboardingEvent";
    public const string StageProperty = "stage";

    public override string Name => EventName;

    public override string DisplayText => "Langkah pengajuan layanan web";

    public override string Category => "Layanan Web";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new(StageProperty, "Tahap", ActivityPropertyKind.Select, "diajukan, disetujui, ditolak, produksi-diminta atau ip-terdaftar.", Required: true) { Options = WsOnboardingStages.All },
    ];

    public override IEnumerable<string> Validate(ActivityDefinition activity) =>
        WsOnboardingStages.All.Contains(activity.GetString(StageProperty) ?? "") ? [] : ["Pilih tahap pengajuan yang dikenal."];

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.Equals(context.Input["stage"]?.ToString(), context.GetString(StageProperty), StringComparison.Ordinal));
}
