using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// The look-ups every submission makes (intake, routing, queue row), compiled once: EF then skips parsing
/// the expression and probing its query cache on each call.
/// </summary>
public static class HelpdeskQueries
{
    /// <summary>The number of the ticket a form (submission key) became, if it did.</summary>
    public static readonly Func<DbContext, string, CancellationToken, Task<string?>> NumberOfSubmission =
        EF.CompileAsyncQuery((DbContext db, string key, CancellationToken _) => db.Set<HelpdeskTicket>().Where(t => t.SubmissionKey == key).Select(t => t.Number).FirstOrDefault());

    /// <summary>The id of the ticket with this content item id or number (a workflow's correlation id).</summary>
    public static readonly Func<DbContext, string, CancellationToken, Task<long?>> TicketIdByCorrelation =
        EF.CompileAsyncQuery((DbContext db, string id, CancellationToken _) => db.Set<HelpdeskTicket>().Where(t => t.ContentItemId == id || t.Number == id).Select(t => (long?)t.Id).FirstOrDefault());

    /// <summary>
    /// A ticket this context already tracks (saved), without a round trip: the intake writes a ticket and then, in the
    /// same transaction, routes it and updates its queue row. Automatic change detection is paused for the look-up
    /// (it would scan every tracked entity).
    /// </summary>
    public static HelpdeskTicket? Tracked(DbContext db, Func<HelpdeskTicket, bool> match)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<HelpdeskTicket>().Local.FirstOrDefault(t => t.Id > 0 && match(t));
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The queue row of a ticket's content item, tracked.</summary>
    public static readonly Func<DbContext, string, CancellationToken, Task<HelpdeskTicket?>> TicketByContentItem =
        EF.CompileAsyncQuery((DbContext db, string contentItemId, CancellationToken _) => db.Set<HelpdeskTicket>().FirstOrDefault(t => t.ContentItemId == contentItemId));
}
