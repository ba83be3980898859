namespace Bkn.Cms.Pkt.Services;

/// <summary>A waiting ticket as the ordering sees it.</summary>
public sealed record PktCandidate(long Id, bool Priority, DateTime QueueUtc, DateTime? SlotStartUtc);

/// <summary>
/// Which waiting ticket a desk calls next. Pure: the caller passes the waiting tickets of the desk's counter and the
/// priority flags of the counter's most recent calls (newest first).
/// <list type="number">
/// <item>A checked-in appointment whose slot has begun comes first (earliest slot first).</item>
/// <item>A priority visitor (lansia, disabilitas, ibu hamil) comes next, unless one of the last <c>N</c> calls was
/// already a priority call: at most one priority call per N regular calls. When no regular visitor waits, the
/// priority visitor is called anyway.</item>
/// <item>Otherwise the regular visitor who has waited longest.</item>
/// </list>
/// Appointments whose slot has not begun wait like regular tickets only when nobody else is waiting.
/// </summary>
public static class PktQueueOrder
{
    public static PktCandidate? Next(IReadOnlyList<PktCandidate> waiting, IReadOnlyList<bool> recentCallsPriority, int regularPerPriority, DateTime nowUtc)
    {
        if (waiting.Count == 0)
        {
            return null;
        }

        var inSlot = waiting.Where(c => c.SlotStartUtc is { } slot && slot <= nowUtc).OrderBy(c => c.SlotStartUtc).ThenBy(c => c.QueueUtc).ThenBy(c => c.Id).FirstOrDefault();
        if (inSlot is not null)
        {
            return inSlot;
        }

        var walkIns = waiting.Where(c => c.SlotStartUtc is null).ToList();
        var regular = walkIns.Where(c => !c.Priority).OrderBy(c => c.QueueUtc).ThenBy(c => c.Id).FirstOrDefault();
        var priority = walkIns.Where(c => c.Priority).OrderBy(c => c.QueueUtc).ThenBy(c => c.Id).FirstOrDefault();
        if (priority is not null && (regular is null || PriorityAllowed(recentCallsPriority, regularPerPriority)))
        {
            return priority;
        }

        if (regular is not null)
        {
            return regular;
        }

        // Only appointments before their slot are left: the earliest one is served rather than leaving the desk idle.
        return waiting.OrderBy(c => c.SlotStartUtc).ThenBy(c => c.Id).First();
    }

    /// <summary>True when none of the last N calls (newest first) was a priority call.</summary>
    public static bool PriorityAllowed(IReadOnlyList<bool> recentCallsPriority, int regularPerPriority) =>
        !recentCallsPriority.Take(Math.Max(0, regularPerPriority)).Any(p => p);
}
