using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>What the display screen shows: now serving per desk, the last calls, waiting counts, running text and hours.</summary>
public static class PktDisplay
{
    /// <summary>Content types whose latest published titles run along the bottom of the screen (Humas news, press releases, announcements).</summary>
    public static readonly string[] NewsTypes = ["Berita", "SiaranPers", "Pengumuman"];

    public static async Task<PktDisplayData> LoadAsync(DbContext db, PktQueue queue, CancellationToken cancellationToken)
    {
        var today = queue.Today;
        var desks = await db.Set<PktDesk>().AsNoTracking().OrderBy(d => d.CounterCode).ThenBy(d => d.Number).ToListAsync(cancellationToken);
        var active = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day == today && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving) && t.DeskCode != null)
            .Select(t => new { t.DeskCode, t.Number, t.Status })
            .ToListAsync(cancellationToken);
        var last = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day == today && t.CalledUtc != null && t.DeskCode != null)
            .OrderByDescending(t => t.CalledUtc).Take(6)
            .Select(t => new { t.Number, t.DeskCode, t.CounterCode, t.CalledUtc })
            .ToListAsync(cancellationToken);
        var waiting = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day == today && t.Status == PktTicketStatus.Waiting)
            .GroupBy(t => t.CounterCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var news = await LatestNewsAsync(db, cancellationToken);
        var calendar = await queue.CalendarAsync(cancellationToken);
        return new PktDisplayData(
            desks.Select(d =>
            {
                var current = active.FirstOrDefault(a => a.DeskCode == d.Code);
                return new PktDeskState(d.Code, d.CounterCode, current?.Number, current is null ? "" : current.Status == PktTicketStatus.Serving ? "dilayani" : "dipanggil", d.StaffUserName is not null);
            }).ToList(),
            last.Select(l => new PktCallMessage(l.Number, l.DeskCode!, l.CounterCode, PktSpeech.CallSentence(l.Number, l.DeskCode!), l.CalledUtc!.Value)).ToList(),
            news,
            calendar.Describe().ToList(),
            waiting);
    }

    /// <summary>Titles of the latest published Humas items, read from the content store's published rows.</summary>
    public static async Task<IReadOnlyList<string>> LatestNewsAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.SqlQueryRaw<string>(
                "SELECT \"DisplayText\" AS \"Value\" FROM \"ContentItems\" WHERE \"Published\" AND NOT \"Deleted\" AND \"ContentType\" IN ({0}, {1}, {2}) ORDER BY \"PublishedUtc\" DESC LIMIT 8",
                NewsTypes[0], NewsTypes[1], NewsTypes[2]).ToListAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return [];
        }
    }
}
