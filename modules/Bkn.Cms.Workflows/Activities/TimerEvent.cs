using Cronos;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>
/// A durable timer: a cron schedule (in the site's time zone, App:TimeZone, default WIB) or, inside a workflow, a due date
/// computed by a script (e.g. <c>new Date(Date.parse(input.contentItem.CreatedUtc) + 2*24*3600*1000)</c>). Each due
/// time fires once, on one node; after downtime an overdue timer fires once and the journal says how late it was.
/// As a start event only the cron schedule applies.
/// </summary>
public sealed class TimerEvent(IWorkflowExpressionEvaluator expressions, IConfiguration configuration) : WorkflowEvent
{
    public const string CronProperty = "cron";
    public const string DueExpressionProperty = "dueExpression";

    private readonly TimeZoneInfo _zone = FindZone(configuration["App:TimeZone"] ?? "Asia/Jakarta");

    public override string Name => WorkflowEventNames.Timer;

    public override string DisplayText => "Pewaktu";

    public override string Category => "Waktu";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new(CronProperty, "Jadwal cron", Hint: "Lima bagian: menit jam tanggal bulan hari, mis. \"0 8 * * 1-5\" (08.00 WIB hari kerja)."),
        new(DueExpressionProperty, "Ekspresi tanggal jatuh tempo", ActivityPropertyKind.Script, "JavaScript yang menghasilkan tanggal; dipakai bila jadwal cron kosong."),
    ];

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        var cron = activity.GetString(CronProperty);
        var due = activity.GetString(DueExpressionProperty);
        if (string.IsNullOrWhiteSpace(cron) && string.IsNullOrWhiteSpace(due))
        {
            yield return "Isi jadwal cron atau ekspresi tanggal jatuh tempo.";
        }
        else if (!string.IsNullOrWhiteSpace(cron) && Parse(cron) is null)
        {
            yield return "Jadwal cron tidak sah.";
        }
        else if (activity.IsStart && string.IsNullOrWhiteSpace(cron))
        {
            yield return "Pewaktu sebagai peristiwa awal memerlukan jadwal cron.";
        }
    }

    public override DateTime? GetStartDueUtc(ActivityDefinition activity, DateTime afterUtc) =>
        Parse(activity.GetString(CronProperty)) is { } cron ? cron.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), _zone) : null;

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (Parse(context.GetString(CronProperty)) is { } cron)
        {
            var next = cron.GetNextOccurrence(DateTime.SpecifyKind(context.UtcNow, DateTimeKind.Utc), _zone)
                ?? throw new WorkflowException("Jadwal cron tidak memiliki waktu berikutnya.");
            return ActivityResult.HaltUntil(next);
        }

        var script = context.GetString(DueExpressionProperty) ?? throw new WorkflowException("Pewaktu tanpa jadwal.");
        var value = await expressions.EvaluateScriptAsync(script, context, cancellationToken);
        var text = value?.ToString();
        if (!DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var due))
        {
            throw new WorkflowException($"Ekspresi tanggal jatuh tempo tidak menghasilkan tanggal: '{text}'.");
        }

        return ActivityResult.HaltUntil(due);
    }

    private static CronExpression? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return CronExpression.Parse(text.Trim());
        }
        catch (CronFormatException)
        {
            return null;
        }
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
        }
    }
}
