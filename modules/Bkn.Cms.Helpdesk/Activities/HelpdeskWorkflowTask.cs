using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>Base of the helpdesk tasks: the ticket is the one whose content item is the instance's correlation id.</summary>
public abstract class HelpdeskWorkflowTask(DbContext db) : WorkflowTask
{
    public const string NotFound = "NotFound";
    public const string Failed = "Failed";

    protected DbContext Db { get; } = db;

    public override string Category => "Helpdesk";

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done, NotFound, Failed];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = context.CorrelationId;
        var ticketId = id is null ? null : HelpdeskQueries.Tracked(Db, t => t.ContentItemId == id || t.Number == id)?.Id ?? await HelpdeskQueries.TicketIdByCorrelation(Db, id, cancellationToken);
        if (ticketId is null)
        {
            return ActivityResult.Outcomes(NotFound);
        }

        try
        {
            context.JournalNote = await RunAsync(ticketId.Value, context, cancellationToken);
            return ActivityResult.Done();
        }
        catch (HelpdeskException exception)
        {
            context.JournalNote = exception.Message;
            return ActivityResult.Outcomes(Failed);
        }
    }

    /// <summary>Does the work; returns a note for the journal.</summary>
    protected abstract Task<string?> RunAsync(long ticketId, ActivityContext context, CancellationToken cancellationToken);

    protected static HelpdeskActor Actor(ActivityContext context) => new(null, "Alur kerja " + context.Workflow.Name);
}
