using Bkn.Cms.Workflows.Services;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Sends an e-mail whose recipients, subject and body are Liquid templates (the body is HTML-encoded output).</summary>
public sealed class SendEmailTask(IWorkflowExpressionEvaluator expressions, WorkflowMailer mailer) : WorkflowTask
{
    public override string Name => "SendEmailTask";

    public override string DisplayText => "Kirim surel";

    public override string Category => "Komunikasi";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("to", "Kepada (Liquid)", ActivityPropertyKind.Liquid, "Alamat surel, pisahkan dengan koma.", Required: true),
        new("subject", "Subjek (Liquid)", ActivityPropertyKind.Liquid, Required: true),
        new("body", "Isi (Liquid, HTML)", ActivityPropertyKind.Liquid, "Tautan sinyal: {{ \"setuju\" | signal_url }}", Required: true),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var to = (await expressions.RenderLiquidAsync(context.GetString("to") ?? "", context, html: false, cancellationToken))
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0)
        {
            throw new WorkflowException("Penerima surel kosong.");
        }

        var subject = await expressions.RenderLiquidAsync(context.GetString("subject") ?? "", context, html: false, cancellationToken);
        var body = await expressions.RenderLiquidAsync(context.GetString("body") ?? "", context, html: true, cancellationToken);
        var where = await mailer.SendAsync(to, subject, body, cancellationToken);
        context.JournalNote = where == "smtp" ? $"Terkirim ke {to.Length} penerima." : $"Tanpa SMTP: disimpan sebagai {Path.GetFileName(where)}.";
        return ActivityResult.Done();
    }
}
