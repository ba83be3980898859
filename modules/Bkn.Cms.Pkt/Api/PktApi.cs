using System.Globalization;
using System.Security.Claims;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Api;

/// <summary>
/// The PKT API (bearer): <c>GET /api/pkt/antrean?loket=A</c> today's tickets with status (permission ServePktCounter),
/// <c>GET /api/pkt/laporan?bulan=YYYY-MM</c> the month's figures incl. IKM per counter (permission ViewPktReports).
/// Both only cover counters of the caller's units. No NIP or phone numbers are returned; a case that opened a helpdesk
/// ticket carries its number (<c>tiketHelpdesk</c>).
/// </summary>
public static class PktApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PktRoutes.Api);
        api.MapGet("antrean", QueueAsync).RequireAuthorization(new RequirePermissionAttribute(Permissions.ServeCounterName));
        api.MapGet("laporan", ReportAsync).RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewReportsName));
    }

    private static async Task<IResult> QueueAsync(string? loket, ClaimsPrincipal user, PktAccess access, PktQueue queue, DbContext db, CancellationToken ct)
    {
        var counters = (await access.CountersAsync(user, Permissions.ServeCounter, ct)).Select(c => c.Code).ToList();
        if (!string.IsNullOrEmpty(loket))
        {
            var code = loket.Trim().ToUpperInvariant();
            if (!counters.Contains(code))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["loket"] = ["Loket tidak dikenal atau di luar unit Anda (A–F)."] }, title: "Permintaan tidak sah.");
            }

            counters = [code];
        }

        var today = queue.Today;
        var tickets = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day == today && counters.Contains(t.CounterCode))
            .OrderBy(t => t.CounterCode).ThenBy(t => t.Sequence)
            .Select(t => new { t.Number, loket = t.CounterCode, layanan = t.ServiceId, t.Status, prioritas = t.Priority, janjiTemu = t.AppointmentId != null, meja = t.DeskCode, diambil = t.IssuedUtc, dipanggil = t.CalledUtc, mulai = t.StartedUtc, selesai = t.FinishedUtc, tiketHelpdesk = t.HelpdeskTicketNumber })
            .ToListAsync(ct);
        return Results.Ok(new
        {
            tanggal = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tiket = tickets.Select(t => new { nomor = t.Number, t.loket, t.layanan, status = StatusSlug(t.Status), t.prioritas, t.janjiTemu, t.meja, t.diambil, t.dipanggil, t.mulai, t.selesai, t.tiketHelpdesk }),
        });
    }

    private static async Task<IResult> ReportAsync(string? bulan, ClaimsPrincipal user, PktAccess access, PktReports reports, CancellationToken ct)
    {
        if (!PktReports.TryParseMonth(bulan, out var first))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["bulan"] = ["Tulis bulan sebagai YYYY-MM, misalnya 2026-11."] }, title: "Permintaan tidak sah.");
        }

        var counters = (await access.CountersAsync(user, Permissions.ViewReports, ct)).Select(c => c.Code).ToList();
        return Results.Ok(await reports.MonthAsync(first, counters, ct));
    }

    public static string StatusSlug(PktTicketStatus status) => status switch
    {
        PktTicketStatus.Waiting => "menunggu",
        PktTicketStatus.Called => "dipanggil",
        PktTicketStatus.Serving => "dilayani",
        PktTicketStatus.Done => "selesai",
        PktTicketStatus.NoShow => "tidak-hadir",
        _ => "dialihkan",
    };

    public static string StatusLabel(PktTicketStatus status) => status switch
    {
        PktTicketStatus.Waiting => "Menunggu",
        PktTicketStatus.Called => "Dipanggil",
        PktTicketStatus.Serving => "Sedang dilayani",
        PktTicketStatus.Done => "Selesai",
        PktTicketStatus.NoShow => "Tidak hadir",
        _ => "Dialihkan",
    };
}
