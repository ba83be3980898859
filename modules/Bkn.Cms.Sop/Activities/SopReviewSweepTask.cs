using System.Globalization;
using System.Text.Json.Nodes;
using Bkn.Cms.Locking;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Workflows;

namespace Bkn.Cms.Sop.Activities;

/// <summary>
/// Opens the current monitoring or evaluation round of every unit with SOPs in force, reminds units before the due
/// date and marks late rounds overdue, in the admin bar of the unit's users. The same notices by e-mail leave through
/// the outcome "Surel" (see <see cref="GetOutcomes"/>), which the shipped types "sop-pemantauan" and "sop-evaluasi"
/// connect to the engine's "Kirim surel" task; they run it from a daily timer. When rounds open, how long units have and
/// when they are reminded are this activity's properties.
/// </summary>
public sealed class SopReviewSweepTask(SopReviewService reviews, IDistributedLock locks) : WorkflowTask
{
    public const string LockName = "sop-review-sweep";
    public const string MailOutcome = "Surel";
    public const string MailsProperty = "surelPutaran";

    public override string Name => "SopReviewSweepTask";

    public override string DisplayText => "Buka putaran pemantauan/evaluasi SOP, ingatkan dan tandai terlambat";

    public override string Category => "Registri SOP";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("kind", "Jenis putaran", ActivityPropertyKind.Select, Required: true) { Options = ["pemantauan", "evaluasi"] },
        new("months", "Bulan pembukaan", ActivityPropertyKind.List, "Angka bulan, mis. 1, 7 (Januari dan Juli)."),
        new("dueDays", "Batas pengisian (hari sejak dibuka)", ActivityPropertyKind.Text, "Mis. 30."),
        new("reminderDays", "Pengingat (hari sebelum batas)", ActivityPropertyKind.Text, "Mis. 7."),
    ];

    /// <summary>"Done", and "Surel" when some notices have e-mail recipients: their list is <c>properties.surelPutaran</c> (kepada, judul, isi, tautan).</summary>
    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done, MailOutcome];

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (activity.GetString("kind") is not ("pemantauan" or "evaluasi"))
        {
            yield return "Jenis putaran harus \"pemantauan\" atau \"evaluasi\".";
        }

        if (activity.GetList("months").Any(m => !int.TryParse(m, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 12))
        {
            yield return "Bulan pembukaan harus angka 1 sampai 12.";
        }
    }

    public static ReviewSchedule Schedule(ActivityDefinition activity)
    {
        var fallback = activity.GetString("kind") == "evaluasi" ? ReviewSchedule.Evaluation : ReviewSchedule.Monitoring;
        var months = activity.GetList("months").Select(m => int.TryParse(m, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n is >= 1 and <= 12).ToList();
        return fallback with
        {
            Months = months.Count > 0 ? months : fallback.Months,
            DueDays = int.TryParse(activity.GetString("dueDays"), CultureInfo.InvariantCulture, out var due) && due is > 0 and < 366 ? due : fallback.DueDays,
            ReminderDays = int.TryParse(activity.GetString("reminderDays"), CultureInfo.InvariantCulture, out var remind) && remind is >= 0 and < 366 ? remind : fallback.ReminderDays,
        };
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await using var handle = await locks.TryAcquireAsync(LockName, TimeSpan.FromMinutes(5), cancellationToken);
        if (handle is null)
        {
            context.JournalNote = "Pemeriksaan putaran SOP lain sedang berjalan.";
            return ActivityResult.Done();
        }

        var schedule = Schedule(context.Activity);
        var result = await reviews.SweepAsync(schedule, cancellationToken);
        context.JournalNote = $"{ReviewKinds.Label(schedule.Kind)}: {result.Opened} dibuka, {result.Reminded} diingatkan, {result.Overdue} terlambat, {result.Mails.Count} surel.";
        if (result.Mails.Count == 0)
        {
            return ActivityResult.Done();
        }

        // The e-mails go out through the engine's "Kirim surel" task, once per item (ForEach over this list).
        var mails = new JsonArray();
        foreach (var mail in result.Mails)
        {
            mails.Add((JsonNode)new JsonObject { ["kepada"] = string.Join(", ", mail.To), ["judul"] = mail.Subject, ["isi"] = mail.Text, ["tautan"] = mail.Url });
        }

        context.Properties[MailsProperty] = mails;
        return ActivityResult.Outcomes(MailOutcome, WorkflowOutcomes.Done);
    }
}
