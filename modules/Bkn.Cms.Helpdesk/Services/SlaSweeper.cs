using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// The SLA's timed steps, callable from a background task or a workflow activity: warn the assignee before the due
/// time, mark overdue and escalate to the team supervisor at breach, close answered tickets after a quiet period.
/// Each step works in small batches found through the (Status, DueUtc) and (Status, LastActivityUtc) indexes.
/// </summary>
public sealed partial class SlaSweeper(DbContext db, TicketService tickets, HelpdeskSettings settings, TimeProvider time, ILogger<SlaSweeper> logger)
{
    private const int BatchSize = 200;

    public async Task<SlaSweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var warned = await WarnAsync(cancellationToken);
        var escalated = await EscalateAsync(cancellationToken);
        var closed = await AutoCloseAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<HelpdeskCaptchaUse>().Where(c => c.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        if (warned + escalated + closed > 0)
        {
            LogSweep(logger, warned, escalated, closed);
        }

        return new SlaSweepResult(warned, escalated, closed);
    }

    public async Task<int> WarnAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var limit = now.AddHours(settings.WarnBeforeHours);
        var count = 0;
        foreach (var status in TicketStatuses.Running)
        {
            var ids = await db.Set<HelpdeskTicket>().AsNoTracking()
                .Where(t => t.Status == status && t.DueUtc != null && t.DueUtc <= limit && t.DueUtc > now && t.WarnedUtc == null && !t.Overdue)
                .OrderBy(t => t.DueUtc).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                count += await TryAsync(id, ticket =>
                {
                    if (!SlaPolicy.ShouldWarn(ticket, now, TimeSpan.FromHours(settings.WarnBeforeHours)))
                    {
                        return Task.FromResult(false);
                    }

                    ticket.WarnedUtc = now;
                    var who = ticket.AssigneeName ?? "tim " + ticket.TeamId;
                    tickets.AddMessage(ticket, MessageKind.System, HelpdeskActor.System, $"Peringatan untuk {who}: batas waktu jawaban {Bkn.Cms.Hosting.SiteTimeZone.Format(ticket.DueUtc!.Value, settings.Zone)} segera tiba.");
                    return Task.FromResult(true);
                }, cancellationToken);
            }
        }

        return count;
    }

    public async Task<int> EscalateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var status in TicketStatuses.Running)
        {
            var ids = await db.Set<HelpdeskTicket>().AsNoTracking()
                .Where(t => t.Status == status && t.DueUtc != null && t.DueUtc <= now && !t.Overdue)
                .OrderBy(t => t.DueUtc).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                count += await TryAsync(id, async ticket =>
                {
                    if (!SlaPolicy.IsBreached(ticket, now))
                    {
                        return false;
                    }

                    var supervisor = await db.Set<HelpdeskTeam>().Where(t => t.Id == ticket.TeamId).Select(t => t.SupervisorUserName).FirstOrDefaultAsync(cancellationToken);
                    // The message names the category's own answer time (not every category has 2×24 hours).
                    var hours = await db.Set<HelpdeskCategory>().Where(c => c.Id == ticket.CategoryId).Select(c => (int?)c.SlaHours).FirstOrDefaultAsync(cancellationToken) ?? 48;
                    ticket.Overdue = true;
                    ticket.EscalatedUtc = now;
                    ticket.EscalatedTo = supervisor;
                    tickets.AddMessage(ticket, MessageKind.System, HelpdeskActor.System, supervisor is null
                        ? $"Melewati batas waktu {SlaPolicy.Describe(hours)}; tim belum memiliki supervisor untuk eskalasi."
                        : $"Melewati batas waktu {SlaPolicy.Describe(hours)}; dieskalasi ke supervisor {supervisor}.");
                    return true;
                }, cancellationToken);
            }
        }

        return count;
    }

    public async Task<int> AutoCloseAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var quietSince = now.AddDays(-settings.AutoCloseDays);
        var ids = await db.Set<HelpdeskTicket>().AsNoTracking()
            .Where(t => t.Status == TicketStatus.Dijawab && t.LastActivityUtc <= quietSince)
            .OrderBy(t => t.LastActivityUtc).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var id in ids)
        {
            count += await TryAsync(id, async ticket =>
            {
                if (ticket.Status != TicketStatus.Dijawab || ticket.LastActivityUtc > quietSince)
                {
                    return false;
                }

                await tickets.SetStatusAsync(ticket, TicketStatus.Ditutup, HelpdeskActor.System, cancellationToken);
                return true;
            }, cancellationToken);
        }

        return count;
    }

    private async Task<int> TryAsync(long id, Func<HelpdeskTicket, Task<bool>> step, CancellationToken cancellationToken)
    {
        var changed = false;
        try
        {
            await tickets.ChangeAsync(id, HelpdeskActor.System, async t => changed = await step(t), cancellationToken);
        }
        catch (HelpdeskException)
        {
            // Changed by someone else meanwhile; the next sweep looks again.
            return 0;
        }

        return changed ? 1 : 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk SLA: {Warned} warned, {Escalated} escalated, {Closed} closed")]
    private static partial void LogSweep(ILogger logger, int warned, int escalated, int closed);
}
