using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Writes a Liquid message to the instance journal and the application log (keep personal data out of it).</summary>
public sealed partial class LogTask(IWorkflowExpressionEvaluator expressions, ILogger<LogTask> logger) : WorkflowTask
{
    public override string Name => "LogTask";

    public override string DisplayText => "Catat log";

    public override string Category => "Umum";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("message", "Pesan (Liquid)", ActivityPropertyKind.Liquid, "Jangan memuat data pribadi (NIK, nama, surel).", Required: true),
        new("level", "Tingkat", ActivityPropertyKind.Select) { Options = ["Information", "Warning", "Error"] },
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var message = await expressions.RenderLiquidAsync(context.GetString("message") ?? "", context, html: false, cancellationToken);
        var level = Enum.TryParse<LogLevel>(context.GetString("level"), out var parsed) ? parsed : LogLevel.Information;
        LogMessage(logger, level, context.WorkflowTypeId, context.InstanceId, message);
        context.JournalNote = message;
        return ActivityResult.Done();
    }

    [LoggerMessage(Message = "Workflow {WorkflowTypeId} instance {InstanceId}: {Message}")]
    private static partial void LogMessage(ILogger logger, LogLevel level, string workflowTypeId, string instanceId, string message);
}
