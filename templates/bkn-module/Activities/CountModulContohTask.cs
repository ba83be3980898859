using System.Text.Json.Nodes;
using Bkn.Cms.ModulContoh.Indexes;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Activities;

/// <summary>
/// Counts the published items of the module (from its index table) and passes the number on as <c>lastResult</c>,
/// e.g. for an if/else or a notification that follows.
/// </summary>
public sealed class CountModulContohTask(DbContext db) : WorkflowTask
{
    public const string TaskName = "CountModulContohTask";

    public override string Name => TaskName;

    public override string DisplayText => "Hitung Nama Tampilan Contoh yang terbit";

    public override string Category => "Nama Tampilan Contoh";

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var count = await db.Set<ModulContohIndex>().CountAsync(cancellationToken);
        context.LastResult = JsonValue.Create(count);
        context.JournalNote = $"{count} terbit";
        return ActivityResult.Done();
    }
}
