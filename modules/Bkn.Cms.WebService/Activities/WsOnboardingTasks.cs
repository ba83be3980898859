using Bkn.Cms.WebService.Services;
using Bkn.Cms.Workflows;

namespace Bkn.Cms.WebService.Activities;

/// <summary>
/// Base of the onboarding tasks: the onboarding is the instance's correlation id. A step the onboarding's rules refuse
/// faults the instance, and the person's step that triggered it is rolled back with it.
/// </summary>
public abstract class WsOnboardingTask(WsOnboardingService onboardings) : WorkflowTask
{
    public const string Actor = "Alur kerja pengajuan layanan web";

    protected WsOnboardingService Onboardings { get; } = onboardings;

    public override string Category => "Layanan Web";

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Guid.TryParse(context.CorrelationId, out var id)
            ? RunAsync(id, context, cancellationToken)
            : throw new WorkflowException("Alur kerja ini berjalan untuk satu pengajuan layanan web (correlation id).");

    protected abstract Task<ActivityResult> RunAsync(Guid onboardingId, ActivityContext context, CancellationToken cancellationToken);
}

/// <summary>Issues the training client of an approved onboarding (the agency reads its secret once on the onboarding page).</summary>
public sealed class IssueWsTrainingCredentialsTask(WsOnboardingService onboardings) : WsOnboardingTask(onboardings)
{
    public override string Name => "IssueWsTrainingCredentialsTask";

    public override string DisplayText => "Terbitkan kredensial pelatihan layanan web";

    protected override async Task<ActivityResult> RunAsync(Guid onboardingId, ActivityContext context, CancellationToken cancellationToken)
    {
        var client = await Onboardings.IssueTrainingAsync(onboardingId, Actor, cancellationToken);
        context.JournalNote = $"Klien pelatihan {client.ClientId}.";
        return ActivityResult.Done();
    }
}

/// <summary>Issues the production client once BKN has registered the public IP; otherwise the outcome "MenungguIp".</summary>
public sealed class IssueWsProductionCredentialsTask(WsOnboardingService onboardings) : WsOnboardingTask(onboardings)
{
    public const string WaitingForIp = "MenungguIp";

    public override string Name => "IssueWsProductionCredentialsTask";

    public override string DisplayText => "Terbitkan kredensial produksi layanan web (setelah IP publik terdaftar)";

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done, WaitingForIp];

    protected override async Task<ActivityResult> RunAsync(Guid onboardingId, ActivityContext context, CancellationToken cancellationToken)
    {
        var client = await Onboardings.IssueProductionAsync(onboardingId, Actor, cancellationToken);
        if (client is null)
        {
            context.JournalNote = "IP publik belum terdaftar.";
            return ActivityResult.Outcomes(WaitingForIp);
        }

        context.JournalNote = $"Klien produksi {client.ClientId}.";
        return ActivityResult.Done();
    }
}

/// <summary>Sets the agency's registry status to "Implementasi" once its production credentials are out.</summary>
public sealed class SetWsAgencyImplementationTask(WsOnboardingService onboardings) : WsOnboardingTask(onboardings)
{
    public override string Name => "SetWsAgencyImplementationTask";

    public override string DisplayText => "Tetapkan status integrasi instansi: Implementasi";

    protected override async Task<ActivityResult> RunAsync(Guid onboardingId, ActivityContext context, CancellationToken cancellationToken)
    {
        await Onboardings.SetImplementationAsync(onboardingId, Actor, cancellationToken);
        return ActivityResult.Done();
    }
}

/// <summary>Reminds whoever must act on onboardings whose stage has stalled for the given number of days.</summary>
public sealed class WsOnboardingReminderTask(WsOnboardingService onboardings) : WorkflowTask
{
    public const string DaysProperty = "hari";

    public override string Name => "WsOnboardingReminderTask";

    public override string DisplayText => "Ingatkan pengajuan layanan web yang tertunda";

    public override string Category => "Layanan Web";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new(DaysProperty, "Tertunda sejak (hari)", Hint: "Pengingat dikirim bila satu tahap berlangsung selama ini, lalu berulang tiap selang yang sama.", Required: true)];

    public override IEnumerable<string> Validate(ActivityDefinition activity) =>
        int.TryParse(activity.GetString(DaysProperty), out var days) && days is >= 1 and <= 90 ? [] : ["Isi jumlah hari 1 sampai 90."];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var days = int.TryParse(context.GetString(DaysProperty), out var value) && value is >= 1 and <= 90 ? value : 3;
        var count = await onboardings.RemindAsync(days, cancellationToken);
        context.JournalNote = $"{count} pengajuan diingatkan.";
        return ActivityResult.Done();
    }
}
